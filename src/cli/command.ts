import type { Writable } from 'node:stream';

/** What a command gets: its arguments and the process streams (injectable for tests). */
export interface CommandContext {
  args: string[];
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Stops a long-running command (serve) when aborted; tests use it, people use Ctrl-C. */
  signal?: AbortSignal;
}

export interface Command {
  name: string;
  summary: string;
  /** Full help, ending with at least one example. */
  help: string;
  run(ctx: CommandContext): Promise<number>;
}

export const EXIT = { OK: 0, FAILED: 1, USAGE: 2 } as const;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
