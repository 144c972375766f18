/**
 * Read-ahead over an async iterator: keeps up to `depth` next() calls pending, so that the reads of the
 * next inputs (file opens, reads, gunzip on libuv's thread pool) proceed while the caller analyses the
 * current one synchronously. Items come out in the same order, errors at the same position; the source
 * never runs more than `depth` items ahead. Closing early (break) closes the source.
 */
export async function* readAhead<T>(source: AsyncIterable<T>, depth: number): AsyncGenerator<T> {
  const it = source[Symbol.asyncIterator]();
  const pending: Array<Promise<IteratorResult<T>>> = [];
  let done = false;
  const fill = () => {
    while (!done && pending.length < depth) {
      const p = it.next();
      // Rejections are observed when their turn comes; this only keeps them from being "unhandled".
      p.catch(() => undefined);
      pending.push(p);
    }
  };
  try {
    for (;;) {
      fill();
      const r = await pending.shift()!;
      if (r.done) {
        done = true;
        return;
      }
      yield r.value;
    }
  } finally {
    done = true;
    if (pending.length) await Promise.allSettled(pending);
    await it.return?.();
  }
}
