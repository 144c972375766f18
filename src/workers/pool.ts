/**
 * A small worker-thread pool for per-document work (`--jobs N`).
 *
 * 1. Workers start lazily, one per job, up to N.
 * 2. Each task has a time limit: a worker stuck on one hostile page is terminated and replaced, and
 *    that document gets a `timeout` error; the rest of the batch is unaffected.
 * 3. Results come back by sequence number; callers restore input order (see `ordered`).
 */
import { Worker } from 'node:worker_threads';
import type { ArticleRecord } from '../doc/record.js';

export type TaskResult =
  | { seq: number; ok: true; record: ArticleRecord }
  | { seq: number; ok: false; code: string; message: string; stack?: string };

export const POOL_SETTINGS = {
  /** A real page extracts in milliseconds; a minute means a pathological input, not a slow machine. */
  TASK_TIMEOUT_MS: 60_000,
  /** Tasks queued per worker: enough to keep workers busy without holding a whole corpus in memory. */
  QUEUE_PER_WORKER: 4,
} as const;

interface Slot {
  worker: Worker;
  busy: { seq: number; timer: NodeJS.Timeout; resolve: (r: TaskResult) => void } | null;
}

export class WorkerPool<T extends { seq: number }> {
  private readonly slots: Slot[] = [];
  private readonly waiting: { task: T; resolve: (r: TaskResult) => void }[] = [];
  private closed = false;

  constructor(
    private readonly script: URL,
    private readonly size: number,
    private readonly timeoutMs: number = POOL_SETTINGS.TASK_TIMEOUT_MS,
  ) {}

  get capacity(): number {
    return this.size * POOL_SETTINGS.QUEUE_PER_WORKER;
  }

  run(task: T): Promise<TaskResult> {
    return new Promise((resolve) => {
      this.waiting.push({ task, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }

  private pump(): void {
    while (this.waiting.length) {
      let slot = this.slots.find((s) => !s.busy);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const { task, resolve } = this.waiting.shift()!;
      const timer = setTimeout(() => this.timeOut(slot!), this.timeoutMs);
      slot.busy = { seq: task.seq, timer, resolve };
      slot.worker.postMessage(task);
    }
  }

  private spawn(): Slot {
    const slot = { busy: null } as Slot;
    slot.worker = this.attach(slot);
    this.slots.push(slot);
    return slot;
  }

  /** Starts a worker whose messages and crashes settle the slot's current task. */
  private attach(slot: Slot): Worker {
    const worker = new Worker(this.script);
    worker.on('message', (r: TaskResult) => {
      // A result from a worker already replaced (timed out), or for another task, is stale: drop it.
      if (slot.worker === worker && slot.busy && r.seq === slot.busy.seq) this.finish(slot, r);
    });
    worker.on('error', (err) => {
      if (slot.worker !== worker) return;
      const seq = slot.busy?.seq ?? -1;
      this.replace(slot);
      this.finish(slot, {
        seq,
        ok: false,
        code: 'internal',
        message: `worker failed: ${err.message}`,
        stack: err.stack,
      });
    });
    return worker;
  }

  private finish(slot: Slot, r: TaskResult): void {
    const busy = slot.busy;
    if (!busy) return;
    clearTimeout(busy.timer);
    slot.busy = null;
    busy.resolve(r);
    if (!this.closed) this.pump();
  }

  private timeOut(slot: Slot): void {
    const seq = slot.busy?.seq ?? -1;
    this.replace(slot);
    this.finish(slot, {
      seq,
      ok: false,
      code: 'timeout',
      message: `processing took longer than ${Math.round(this.timeoutMs / 1000)} s and was stopped`,
    });
  }

  /** Terminates a slot's worker and puts a fresh one in its place. */
  private replace(slot: Slot): void {
    void slot.worker.terminate();
    slot.worker = this.attach(slot);
  }
}

/**
 * Emits results in sequence order as they complete out of order.
 */
export class Reorderer<R> {
  private next = 0;
  /** Results held back waiting for an earlier one. */
  get waiting(): number {
    return this.pending.size;
  }
  private readonly pending = new Map<number, R>();
  constructor(private readonly emit: (r: R) => void) {}

  put(seq: number, r: R): void {
    this.pending.set(seq, r);
    while (this.pending.has(this.next)) {
      const item = this.pending.get(this.next)!;
      this.pending.delete(this.next);
      this.next++;
      this.emit(item);
    }
  }
}
