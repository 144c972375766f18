/**
 * Tokenizer speed on ordinary English news text, one core. Reports; asserts nothing.
 *
 *   node dist/src/annotate/tokens/bench.js [--data DIR] [--rounds N]
 *
 * Text: the bodies of the TE3-silver news documents (DIR/timex/te3-silver, DIR defaulting to
 * ../shared/data), tags stripped; when absent, a paragraph written for this benchmark, repeated.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../sentences/splitter.js';
import { tokenize } from './tokenizer.js';

/** Enough text that one round takes long enough to time (about 2 MB). */
const TARGET_CHARS = 2_000_000;
/** Rounds after one warm-up round; the median is reported (wall clock, and CPU time, which is less
 * disturbed by other processes on a shared machine). */
const DEFAULT_ROUNDS = 7;

const FALLBACK = `BRUSSELS, Nov. 17 (Dateline) - European ministers agreed on Tuesday to raise the bloc's
emergency fund to $1.2bn, up 12% from last year, after a 30-year-old plan was shelved. "We don't
have time to wait," Gen. J. R. Smith told reporters at 09:30 in the U.S. embassy. The state-run
agency said 1,200 people had been evacuated since Nov. 3, and officials expect the figure to rise.`;

function argValue(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The text inside <TEXT>…</TEXT> with tags removed and the XML entities decoded. */
function timemlBody(xml: string): string {
  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>');
  const body = open >= 0 && close > open ? xml.slice(open + 6, close) : xml;
  return body
    .replace(/<[^<>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function loadText(dataDir: string): { text: string; source: string } {
  const dir = join(dataDir, 'timex', 'te3-silver');
  if (existsSync(dir)) {
    const parts: string[] = [];
    let size = 0;
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith('.tml')) continue;
      const body = timemlBody(readFileSync(join(dir, f), 'utf8')).trim();
      parts.push(body);
      size += body.length + 2;
      if (size >= TARGET_CHARS) break;
    }
    return { text: parts.join('\n\n'), source: `${parts.length} TE3-silver news bodies (${dir})` };
  }
  const copies = Math.ceil(TARGET_CHARS / FALLBACK.length);
  return {
    text: Array(copies).fill(FALLBACK).join('\n\n'),
    source: 'the built-in paragraph (no data found)',
  };
}

function main(): void {
  const dataDir = argValue('--data') ?? join('..', 'shared', 'data');
  const rounds = Number(argValue('--rounds') ?? DEFAULT_ROUNDS);
  const { text, source } = loadText(dataDir);
  tokenize(text); // warm-up
  const rates: number[] = [];
  const cpuRates: number[] = [];
  let count = 0;
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    count = tokenize(text).length;
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const cpu = process.cpuUsage(c0);
    rates.push(count / seconds);
    cpuRates.push(count / ((cpu.user + cpu.system) / 1e6));
  }
  rates.sort((a, b) => a - b);
  cpuRates.sort((a, b) => a - b);
  const median = rates[Math.floor(rates.length / 2)]!;
  const cpuMedian = cpuRates[Math.floor(cpuRates.length / 2)]!;
  const bothRates: number[] = [];
  let sentences = 0;
  for (let r = 0; r < rounds; r++) {
    const t1 = process.hrtime.bigint();
    sentences = splitSentences(text, tokenize(text)).length;
    bothRates.push(count / (Number(process.hrtime.bigint() - t1) / 1e9));
  }
  bothRates.sort((a, b) => a - b);
  const bothMedian = bothRates[Math.floor(bothRates.length / 2)]!;
  console.log(
    `text: ${source}; ${text.length.toLocaleString('en')} characters, ${count.toLocaleString('en')} tokens`,
  );
  console.log(
    `tokenize: median ${(median / 1e6).toFixed(2)} M tokens/s over ${rounds} rounds ` +
      `(min ${(rates[0]! / 1e6).toFixed(2)}, max ${(rates[rates.length - 1]! / 1e6).toFixed(2)}); node ${process.version}`,
  );
  console.log(
    `tokenize: median ${(cpuMedian / 1e6).toFixed(2)} M tokens per CPU-second (process CPU time, GC threads included)`,
  );
  console.log(
    `tokenize + split sentences: median ${(bothMedian / 1e6).toFixed(2)} M tokens/s, ${sentences.toLocaleString('en')} sentences`,
  );
}

main();
