/**
 * Tokenizer and sentence splitter speed of this build against another build, on the same texts.
 * Reports; asserts nothing. Reads the data in place.
 *
 *   node dist/src/annotate/tokens/compare-speed.js --base OTHER/dist [--data DIR] [--runs N] [--passes P]
 *
 * 1. Texts: the 256 TimeBank + AQUAINT documents (as `dateline eval times` and the times bench read
 *    them) and the 181 scrapinghub pages as this build's extractor gives them (DIR defaulting to
 *    ../shared/data; a missing corpus is skipped).
 * 2. N runs (default 6), each a fresh process per text set and build, the two builds alternating, so
 *    that both meet the same load on a shared machine; each process times P passes (default 40) over
 *    the set's texts, after 5 warm-up passes, of tokenize alone, of both, then of splitSentences alone
 *    (over tokens made before).
 * 3. Reported: the fastest pass of each over all runs, per build, and base / this as the speed-up.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { extract } from '../../extract/index.js';
import { loadTmlDir, timexDir } from '../../eval/suites/times.js';
import type { Sentence } from '../sentences/splitter.js';
import type { Token } from './tokenizer.js';

const DEFAULT_RUNS = 6;
const DEFAULT_PASSES = 40;
const WARM_UP_PASSES = 5;
const MEASURES = ['tokenize', 'split', 'both'] as const;
type Measure = (typeof MEASURES)[number];
type Timings = Record<string, Record<Measure, number>>;

function argValue(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Step 1: the text sets, by name; load gives null when the data is absent. */
const CORPORA: ReadonlyArray<{ name: string; load: (data: string) => string[] | null }> = [
  {
    name: 'TimeBank+AQUAINT',
    load: (data) => {
      const dir = timexDir(data);
      return dir ? loadTmlDir(dir).map((d) => d.text) : null;
    },
  },
  {
    name: 'scrapinghub pages, extracted',
    load: (data) => {
      const dir = join(data, 'extraction', 'scrapinghub', 'html');
      if (!existsSync(dir)) return null;
      return readdirSync(dir)
        .filter((f) => f.endsWith('.html.gz'))
        .sort()
        .map((f) => {
          const html = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
          return extract({ input: f, url: null, kind: 'html', content: html, warnings: [] }).text;
        });
    },
  },
];

/** Step 2, in a child process: the fastest of P passes of each measure over one text set, one build. */
async function child(dist: string, data: string, passes: number, corpus: number): Promise<void> {
  const tokens = (await import(pathToFileURL(join(dist, 'src/annotate/tokens/tokenizer.js')).href)) as {
    tokenize: (text: string) => Token[];
  };
  const sentences = (await import(pathToFileURL(join(dist, 'src/annotate/sentences/splitter.js')).href)) as {
    splitSentences: (text: string, tokens: readonly Token[]) => Sentence[];
  };
  const { tokenize } = tokens;
  const { splitSentences } = sentences;
  const result: Timings = {};
  let sink = 0;
  const { name, load } = CORPORA[corpus]!;
  const texts = load(data);
  if (texts) {
    // Tokens made ahead for the split passes only, so that the other passes run on a smaller heap.
    const fastest = (pass: () => void): number => {
      let best = Infinity;
      for (let p = 0; p < WARM_UP_PASSES + passes; p++) {
        const t0 = performance.now();
        pass();
        if (p >= WARM_UP_PASSES) best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    const tok = fastest(() => {
      for (const t of texts) sink += tokenize(t).length;
    });
    const both = fastest(() => {
      for (const t of texts) sink += splitSentences(t, tokenize(t)).length;
    });
    const made = texts.map((t) => tokenize(t));
    const split = fastest(() => {
      for (let i = 0; i < texts.length; i++) sink += splitSentences(texts[i]!, made[i]!).length;
    });
    const best: Record<Measure, number> = { tokenize: tok, split, both };
    result[`${name} (${texts.length} texts)`] = best;
  }
  if (sink < 0) console.error(sink); // keeps the work observable
  process.stdout.write(JSON.stringify(result));
}

async function main(): Promise<void> {
  const data = argValue('--data') ?? join('..', 'shared', 'data');
  const passes = Number(argValue('--passes') ?? DEFAULT_PASSES);
  const childDist = argValue('--child');
  if (childDist) return child(childDist, data, passes, Number(argValue('--corpus') ?? 0));
  const base = argValue('--base');
  if (!base) {
    console.error(
      'usage: node dist/src/annotate/tokens/compare-speed.js --base OTHER/dist [--data DIR] [--runs N] [--passes P]',
    );
    process.exit(2);
  }
  const self = fileURLToPath(import.meta.url);
  const dists = { base: resolve(base), this: resolve(self, '..', '..', '..', '..') };
  const runs = Number(argValue('--runs') ?? DEFAULT_RUNS);
  const best: Record<string, Timings> = { base: {}, this: {} };
  const load0 = loadavg()[0]!;
  for (let r = 0; r < runs; r++) {
    for (let corpus = 0; corpus < CORPORA.length; corpus++) {
      for (const who of ['base', 'this'] as const) {
        const args = [
          '--child',
          dists[who],
          '--corpus',
          String(corpus),
          '--data',
          data,
          '--passes',
          String(passes),
        ];
        const out = execFileSync(process.execPath, [self, ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
        const timings = JSON.parse(out) as Timings;
        for (const [name, t] of Object.entries(timings)) {
          const b = (best[who]![name] ??= { tokenize: Infinity, split: Infinity, both: Infinity });
          for (const m of MEASURES) b[m] = Math.min(b[m], t[m]);
        }
      }
    }
  }
  // Step 3.
  console.log(
    `base ${dists.base} vs this build ${dists.this}; ${runs} runs × ${passes} passes, fastest pass`,
  );
  console.log(`load average ${load0.toFixed(2)} → ${loadavg()[0]!.toFixed(2)}; node ${process.version}`);
  for (const [name, b] of Object.entries(best.base!)) {
    const t = best.this![name]!;
    console.log(name);
    for (const m of MEASURES)
      console.log(
        `  ${m.padEnd(8)} base ${b[m].toFixed(2)} ms, this ${t[m].toFixed(2)} ms: ${(b[m] / t[m]).toFixed(2)}×`,
      );
  }
}

await main();
