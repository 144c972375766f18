/** Test helper: runs the CLI in-process with captured streams. */
import { PassThrough } from 'node:stream';
import { main } from '../cli/main.js';

/** Runs the CLI in-process with captured streams. */
export async function runCli(args: string[], stdinText = '', env: NodeJS.ProcessEnv = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const stdin = new PassThrough();
  stdin.end(stdinText);
  let out = '';
  let err = '';
  stdout.on('data', (d) => {
    out += d;
  });
  stderr.on('data', (d) => {
    err += d;
  });
  const code = await main(args, { stdout, stderr, stdin, env: { NO_COLOR: '1', ...env } });
  return { code, out, err };
}
