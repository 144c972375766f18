import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUITES, type SuiteResult } from '../../eval/index.js';
import { type Command, EXIT, UsageError } from '../command.js';
import { parse } from '../options.js';
import { resolveFormat } from '../output.js';
import { createProgress } from '../progress.js';

/** The repository root (dist/src/cli/commands → ../../../..). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

interface Floor {
  split: 'dev' | 'holdout' | 'all';
  metrics: Record<string, number>;
  /** Floors on the held-out split too, for suites tuned on a dev part: checked by a second run. */
  holdout?: Record<string, number>;
}

export function loadFloors(file = join(REPO_ROOT, 'config/floors.json')): Record<string, Floor> {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (!isRecord(raw)) throw new Error('not a JSON object of suites');
  const out: Record<string, Floor> = {};
  for (const [k, v] of Object.entries(raw)) if (!k.startsWith('$')) out[k] = checkFloor(k, v);
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** One suite's entry, checked: a split, metrics as numbers, optional held-out metrics as numbers. */
function checkFloor(suite: string, v: unknown): Floor {
  if (!isRecord(v)) throw new Error(`"${suite}" is not an object`);
  const { split, metrics, holdout } = v;
  if (split !== 'dev' && split !== 'holdout' && split !== 'all')
    throw new Error(`"${suite}".split is not dev, holdout or all`);
  const numbers = (m: unknown, where: string): Record<string, number> => {
    if (!isRecord(m) || !Object.values(m).every((x) => typeof x === 'number'))
      throw new Error(`"${suite}".${where} is not an object of numbers`);
    return m as Record<string, number>;
  };
  const floor: Floor = { split, metrics: numbers(metrics, 'metrics') };
  if (holdout !== undefined) {
    if (split === 'holdout')
      throw new Error(`"${suite}" has held-out floors twice (split holdout and "holdout")`);
    floor.holdout = numbers(holdout, 'holdout');
  }
  return floor;
}

/** A floors file named on the command line: unreadable or malformed is a usage error, not a crash. */
function loadFloorsFile(file: string): Record<string, Floor> {
  try {
    return loadFloors(file);
  } catch (e) {
    throw new UsageError(`--floors ${file}: ${(e as Error).message.split('\n')[0]}`);
  }
}

export function defaultDataDir(env: NodeJS.ProcessEnv): string {
  return env.DATELINE_DATA ?? resolve(REPO_ROOT, '../shared/data');
}

export const evalCommand: Command = {
  name: 'eval',
  summary: "the project's own metrics on a data set",
  help: `Usage: dateline eval <suite|all> [--data DIR] [--split dev|holdout|all] [--check-floors] [--floors FILE] [--format text|json]

Scores Dateline on a benchmark with the benchmark's published metric.
--data is the data root (default: $DATELINE_DATA or ../shared/data beside the repository).
--split: dev (tuning part), holdout (never tuned on), all (default: the floor's split, else all).
--check-floors: exit 1 when a metric falls below its floor in config/floors.json (suites with
  "holdout" floors are run a second time on the held-out split, reported under "holdout").
--floors FILE: check against another floors file (same format as config/floors.json).

Suites:
${SUITES.map((s) => `  ${s.name.padEnd(12)} ${s.description}`).join('\n')}

Examples:
  dateline eval extraction --data ../shared/data
  dateline eval all --check-floors
  dateline eval extraction --split holdout --format json`,
  async run(ctx) {
    const { values, positionals } = parse(ctx.args, {
      data: { type: 'string' },
      split: { type: 'string' },
      'check-floors': { type: 'boolean' },
      floors: { type: 'string' },
      format: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      ctx.stdout.write(`${this.help}\n`);
      return EXIT.OK;
    }
    const name = positionals[0];
    if (!name) throw new UsageError('name a suite, or all');
    const suites = name === 'all' ? SUITES : SUITES.filter((s) => s.name === name);
    if (!suites.length)
      throw new UsageError(`unknown suite "${name}" (suites: ${SUITES.map((s) => s.name).join(', ')}, all)`);
    const split = values.split;
    if (split !== undefined && split !== 'dev' && split !== 'holdout' && split !== 'all')
      throw new UsageError('--split is dev, holdout or all');
    const format = resolveFormat(values.format ?? (ctx.stdout.isTTY ? 'text' : 'json'), ctx.stdout.isTTY);
    const data = resolve(ctx.cwd, values.data ?? defaultDataDir(ctx.env));
    const floorsFile = values.floors ? resolve(ctx.cwd, values.floors) : 'config/floors.json';
    const floors = values.floors ? loadFloorsFile(floorsFile) : loadFloors();
    if (values['check-floors'] && split !== undefined)
      throw new UsageError(
        '--check-floors checks each floor on its own split (config/floors.json): drop --split',
      );

    let belowFloor = 0;
    type Scored = SuiteResult & { split: string; floors?: Record<string, { floor: number; ok: boolean }> };
    // One entry per suite; a second, held-out run is nested under `holdout`.
    const results: (Scored & { holdout?: Scored })[] = [];
    for (const suite of suites) {
      const floor = floors[suite.name];
      const useSplit = split ?? floor?.split ?? 'all';
      // 1. The run on the floor's split (or the one asked for), gated by the floor's metrics there.
      const runs: { split: 'dev' | 'holdout' | 'all'; gate: Record<string, number> }[] = [
        { split: useSplit, gate: floor && useSplit === floor.split ? floor.metrics : {} },
      ];
      // 2. With --check-floors, a second run on the held-out split when the suite pins floors there.
      if (values['check-floors'] && floor?.holdout && useSplit !== 'holdout')
        runs.push({ split: 'holdout', gate: floor.holdout });
      for (const run of runs) {
        const progress = createProgress(ctx.stderr, {
          enabled: !values.quiet,
          label: `eval ${suite.name}${run.split === useSplit ? '' : ` (${run.split})`}`,
        });
        const started = Date.now();
        const r = await suite.run({
          data,
          split: run.split,
          onProgress: (_d, total) => {
            progress.setTotal(total);
            progress.tick();
          },
        });
        progress.done();
        const checked: Record<string, { floor: number; ok: boolean }> = {};
        // A gate that could not run has not passed.
        if (r.skipped && floor && values['check-floors']) belowFloor++;
        if (!r.skipped) {
          for (const [metric, min] of Object.entries(run.gate)) {
            const ok = (r.metrics[metric] ?? Number.NEGATIVE_INFINITY) >= min;
            checked[metric] = { floor: min, ok };
            if (!ok) belowFloor++;
          }
        }
        const scored: Scored = { ...r, split: run.split, floors: checked };
        if (run === runs[0]) results.push(scored);
        else results[results.length - 1]!.holdout = scored;
        if (format === 'text') {
          if (r.skipped) ctx.stdout.write(`${suite.name}: skipped: ${r.skipped}\n`);
          else {
            const ms = Object.entries(r.metrics)
              .map(
                ([k, v]) =>
                  `${k} ${v.toFixed(4)}${checked[k] ? (checked[k]!.ok ? ` (floor ${checked[k]!.floor} ok)` : ` (BELOW floor ${checked[k]!.floor})`) : ''}`,
              )
              .join(', ');
            // A floor on a metric the suite does not report (a misspelt name) fails: say which.
            const unknown = Object.keys(checked)
              .filter((k) => !(k in r.metrics))
              .map((k) => `, ${k} MISSING (floor ${checked[k]!.floor})`)
              .join('');
            ctx.stdout.write(
              `${suite.name} [${run.split}, ${r.items} items, ${((Date.now() - started) / 1000).toFixed(1)}s]: ${ms}${unknown}\n`,
            );
          }
        }
      }
    }
    if (format !== 'text')
      ctx.stdout.write(`${JSON.stringify(name === 'all' ? results : results[0], null, 2)}\n`);
    if (values['check-floors'] && belowFloor > 0) {
      ctx.stderr.write(
        `dateline eval: ${belowFloor} gate(s) failed: a metric below its floor in ${floorsFile}, or a suite with floors skipped\n`,
      );
      return EXIT.FAILED;
    }
    return EXIT.OK;
  },
};
