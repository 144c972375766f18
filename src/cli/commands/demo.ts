import { join } from 'node:path';
import { type Command, EXIT } from '../command.js';
import { runDocCommand } from './extract.js';
import { REPO_ROOT } from './eval.js';

/** `npm start`: the main job on the bundled sample pages (grows into ingest + serve). */
export const demoCommand: Command = {
  name: 'demo',
  summary: 'the main job on the bundled sample pages (npm start)',
  help: `Usage: dateline demo

Extracts the bundled sample pages in samples/ and prints a readable summary.

Example:
  npm start`,
  async run(ctx) {
    if (ctx.args.includes('--help') || ctx.args.includes('-h')) {
      ctx.stdout.write(`${this.help}\n`);
      return EXIT.OK;
    }
    return runDocCommand(
      { ...ctx, args: ['--format', 'text', '--quiet', join(REPO_ROOT, 'samples')] },
      'extract',
    );
  },
};
