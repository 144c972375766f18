/**
 * KB load time and grouping + linking cost per mention. Reports; asserts nothing.
 *
 *   node dist/src/link/bench.js [--data DIR] [--rounds N]
 *
 * Load: readKb of the committed file in a fresh state (the cached loadKb is bypassed). Linking: the gold
 * mentions of AIDA test-c (DIR/el/aida-testc, DIR defaulting to ../shared/data), untyped, grouped and
 * linked with the article date; when absent, an invented paragraph's names, repeated.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { groupMentions, type RawMention } from '../annotate/entities/grouping.js';
import { kbPath, readKb } from './kb.js';
import { parseNif } from './nif.js';

const DEFAULT_ROUNDS = 5;

const FALLBACK = `MOSCOW - President Vladimir Putin met French President Francois Hollande in Moscow. Putin said the
Federal Security Service (FSB) and the EU agreed. Hollande flew back to Paris; NATO and the UN were silent.`;
const FALLBACK_NAMES = [
  'Vladimir Putin',
  'Francois Hollande',
  'Moscow',
  'Putin',
  'Federal Security Service',
  'FSB',
  'EU',
  'Hollande',
  'Paris',
  'NATO',
  'UN',
];

function argValue(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function inputs(data: string): Array<{ text: string; mentions: RawMention[] }> {
  const file = join(data, 'el', 'aida-testc', 'aida_testc.ttl');
  if (existsSync(file))
    return parseNif(readFileSync(file, 'utf8')).map((d) => ({
      text: d.text,
      mentions: d.mentions.map((m) => ({
        start: m.start,
        end: m.end,
        text: m.anchor,
        type: 'MISC',
        linkAs: 'ANY',
      })),
    }));
  const mentions: RawMention[] = [];
  let at = 0;
  for (const n of FALLBACK_NAMES) {
    at = FALLBACK.indexOf(n, at);
    mentions.push({ start: at, end: at + n.length, text: n, type: 'MISC', linkAs: 'ANY' });
    at += n.length;
  }
  return Array.from({ length: 200 }, () => ({ text: FALLBACK, mentions }));
}

function main(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
  const data = argValue('--data') ?? join(root, '..', 'shared', 'data');
  const rounds = Number(argValue('--rounds') ?? DEFAULT_ROUNDS);
  const loads: number[] = [];
  let kb = readKb(kbPath());
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    kb = readKb(kbPath());
    loads.push(performance.now() - t);
  }
  const docs = inputs(data);
  const n = docs.reduce((a, d) => a + d.mentions.length, 0);
  for (const d of docs) groupMentions(d.mentions, { text: d.text, kb, date: '2020-12-07' });
  const per: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    for (const d of docs) groupMentions(d.mentions, { text: d.text, kb, date: '2020-12-07' });
    per.push(((performance.now() - t) * 1000) / n);
  }
  console.log(
    `kb: ${kb.size} entries; load median ${median(loads).toFixed(0)} ms; grouping+linking median ${median(per).toFixed(1)} µs/mention (${n} mentions, ${rounds} rounds)`,
  );
}

main();
