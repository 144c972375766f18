/**
 * The `dateline` command line: dispatches to one command per contract verb.
 * Exit status: 0 ok, 1 some document failed, 2 usage error (../shared/docs/record.md).
 */
import { DatelineError } from '../doc/errors.js';
import { type Command, type CommandContext, EXIT, UsageError } from './command.js';
import { tuneRuntime } from './runtime.js';
import { analyzeCommand } from './commands/analyze.js';
import { clusterCommand } from './commands/cluster.js';
import { demoCommand } from './commands/demo.js';
import { evalCommand } from './commands/eval.js';
import { extractCommand } from './commands/extract.js';
import { ingestCommand } from './commands/ingest.js';
import { serveCommand } from './commands/serve.js';
import { storiesCommand } from './commands/stories.js';
import { statsCommand } from './commands/stats.js';

export const COMMANDS: Command[] = [
  extractCommand,
  analyzeCommand,
  ingestCommand,
  clusterCommand,
  storiesCommand,
  statsCommand,
  serveCommand,
  evalCommand,
  demoCommand,
];

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Dateline: news pages in, a structured, sourced record of what happened out.

Usage: dateline <command> [options] <input...>

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run 'dateline <command> --help' for a command's options and examples.

Examples:
  dateline extract page.html
  dateline extract --format jsonl pages/ > articles.jsonl
  dateline eval extraction --data ../shared/data
`;
}

export async function main(argv: string[], partial: Partial<CommandContext> = {}): Promise<number> {
  tuneRuntime();
  const ctx: CommandContext = {
    args: argv.slice(1),
    stdout: partial.stdout ?? process.stdout,
    stderr: partial.stderr ?? process.stderr,
    stdin: partial.stdin ?? process.stdin,
    env: partial.env ?? process.env,
    cwd: partial.cwd ?? process.cwd(),
    ...(partial.signal ? { signal: partial.signal } : {}),
  };
  const name = argv[0];
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    ctx.stdout.write(usage());
    return name === undefined ? EXIT.USAGE : EXIT.OK;
  }
  if (name === '--version' || name === '-V') {
    ctx.stdout.write('dateline 0.1.0\n');
    return EXIT.OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    ctx.stderr.write(`dateline: unknown command "${name}" (see dateline --help)\n`);
    return EXIT.USAGE;
  }
  try {
    return await command.run(ctx);
  } catch (err) {
    if (err instanceof UsageError) {
      ctx.stderr.write(`dateline ${name}: ${err.message} (see dateline ${name} --help)\n`);
      return EXIT.USAGE;
    }
    if (err instanceof DatelineError) {
      ctx.stderr.write(`dateline ${name}: ${err.message}\n`);
      return err.code === 'usage' ? EXIT.USAGE : EXIT.FAILED;
    }
    throw err;
  }
}
