import { type Command, EXIT } from '../command.js';

/** Commands of the contract whose issues have not landed: a clear answer, not a crash. */
function pending(name: string, summary: string, usage: string, example: string): Command {
  return {
    name,
    summary,
    help: `Usage: ${usage}\n\n${summary}.\nNot available yet in this version of Dateline.\n\nExample:\n  ${example}`,
    async run(ctx) {
      if (ctx.args.includes('--help') || ctx.args.includes('-h')) {
        ctx.stdout.write(`${this.help}\n`);
        return EXIT.OK;
      }
      ctx.stderr.write(`dateline ${name}: not available yet (${summary} lands in a later release)\n`);
      return EXIT.FAILED;
    },
  };
}

export const pendingCommands: Command[] = [
  pending(
    'serve',
    'HTTP API + web UI',
    'dateline serve [--db PATH] [--port N]',
    'dateline serve --port 8080',
  ),
];
