/**
 * `npm start`: the main job on the bundled sample pages, summarised for people.
 *
 * 1. Read the sample pages (samples/ in the repository, whatever the cwd; or a directory given).
 * 2. Extract each one with the same recipe as `dateline extract`.
 * 3. Print per page: title, byline, date, dateline, word count, first sentence, warnings.
 * 4. Print one line of counts. Colour only on a terminal without NO_COLOR; no progress bar.
 */
import { join } from 'node:path';
import type { Dateline } from '../../doc/doc.js';
import { toDatelineError, type Warning } from '../../doc/errors.js';
import { extract } from '../../extract/index.js';
import { readInputs } from '../../ingest/sources.js';
import { type Command, EXIT } from '../command.js';
import { parse } from '../options.js';
import { useColor } from '../output.js';
import { REPO_ROOT } from './eval.js';

/** Tunables, each with its reason. */
export const DEMO_LIMITS = {
  /** The first sentence is shown up to this many characters: one line on a wide terminal. */
  firstSentenceChars: 140,
  /** Width of the field labels, so the values line up. */
  labelWidth: 10,
} as const;

/** One sample's summary: what the demo prints, kept apart from how it prints it. */
export type DemoEntry =
  | {
      ok: true;
      input: string;
      title: string | null;
      authors: string[];
      published: string | null;
      dateline: Dateline | null;
      words: number;
      firstSentence: string;
      warnings: Warning[];
    }
  | { ok: false; input: string; error: { code: string; message: string } };

export const demoCommand: Command = {
  name: 'demo',
  summary: 'the main job on the bundled sample pages (npm start)',
  help: `Usage: dateline demo [DIR]

Extracts the bundled sample pages in samples/ (or the pages in DIR) and prints, for each one,
its title, byline, date, dateline, word count, first sentence and warnings, then a line of counts.
Colour only on a terminal, never with NO_COLOR.

Examples:
  npm start
  dateline demo
  dateline demo ./my-pages | less`,
  async run(ctx) {
    const { values, positionals } = parse(ctx.args, { help: { type: 'boolean', short: 'h' } });
    if (values.help) {
      ctx.stdout.write(`${this.help}\n`);
      return EXIT.OK;
    }
    const dir = positionals[0] ?? join(REPO_ROOT, 'samples');
    const entries: DemoEntry[] = [];
    for await (const item of readInputs([dir], { stdin: ctx.stdin })) {
      if (!item.ok) {
        entries.push({ ok: false, input: item.input, error: item.error });
        continue;
      }
      try {
        entries.push(summarise(item.doc.input, extract(item.doc)));
      } catch (err) {
        const e = toDatelineError(err);
        entries.push({ ok: false, input: item.doc.input, error: { code: e.code, message: e.message } });
      }
    }
    ctx.stdout.write(formatDemo(entries, { color: useColor(ctx.stdout, ctx.env), root: dir }));
    return entries.some((e) => !e.ok) ? EXIT.FAILED : EXIT.OK;
  },
};

function summarise(input: string, doc: ReturnType<typeof extract>): DemoEntry {
  return {
    ok: true,
    input,
    title: doc.meta.title,
    authors: doc.meta.authors,
    published: doc.meta.published,
    dateline: doc.meta.dateline,
    words: countWords(doc.text),
    firstSentence: firstSentence(doc.text),
    warnings: doc.warnings,
  };
}

export function countWords(text: string): number {
  let n = 0;
  for (const w of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(w)) n++;
  return n;
}

/** Titles and abbreviations a sentence does not end at ("Sen. Ruth Alvarez", "Nov. 17"). */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof sen rep gov gen col lt sgt capt st mt ft jr sr inc corp co ltd vs jan feb mar apr aug sept sep oct nov dec calif'.split(
    ' ',
  ),
);

/** The body's first sentence, cut to one line. */
export function firstSentence(text: string): string {
  const para = text.trim().split(/\n/)[0] ?? '';
  let sentence = para;
  for (const m of para.matchAll(/[.!?](?=["”»’)]?\s+["“«‘(]?\p{Lu})/gu)) {
    const word = /(\p{L}+)$/u.exec(para.slice(Math.max(0, m.index - 12), m.index))?.[1] ?? '';
    if (m[0] === '.' && (word.length === 1 || ABBREVIATIONS.has(word.toLowerCase()))) continue;
    sentence = para.slice(0, m.index + 1);
    break;
  }
  const max = DEMO_LIMITS.firstSentenceChars;
  return sentence.length > max ? `${sentence.slice(0, max - 1).trimEnd()}…` : sentence;
}

function describeDateline(d: Dateline | null): string {
  if (!d) return '—';
  const facts = [d.place, d.date, d.agency].filter(Boolean).join(' · ');
  return facts ? `${d.text}  (${facts})` : d.text;
}

/** The summary as people read it: a block per page, then a line of counts. */
export function formatDemo(entries: DemoEntry[], opts: { color: boolean; root: string }): string {
  const c = opts.color;
  const bold = (s: string) => (c ? `\x1b[1m${s}\x1b[22m` : s);
  const dim = (s: string) => (c ? `\x1b[2m${s}\x1b[22m` : s);
  const warn = (s: string) => (c ? `\x1b[33m${s}\x1b[39m` : s);
  const red = (s: string) => (c ? `\x1b[31m${s}\x1b[39m` : s);
  const field = (label: string, value: string) => `  ${dim(label.padEnd(DEMO_LIMITS.labelWidth))}${value}`;
  const name = (input: string) => (input.startsWith(opts.root) ? input.slice(opts.root.length + 1) : input);

  const out: string[] = [bold(`Dateline demo: ${entries.length} pages in ${opts.root}`), ''];
  for (const e of entries) {
    if (!e.ok) {
      out.push(`${red('✗')} ${name(e.input)}: ${e.error.message} (${e.error.code})`, '');
      continue;
    }
    out.push(bold(name(e.input)));
    out.push(field('title', e.title ?? '(no title)'));
    out.push(field('byline', e.authors.length ? e.authors.join(', ') : '—'));
    out.push(field('date', e.published ?? '—'));
    out.push(field('dateline', describeDateline(e.dateline)));
    out.push(field('words', String(e.words)));
    out.push(field('first', e.firstSentence || '—'));
    out.push(
      field(
        'warnings',
        e.warnings.length ? warn(e.warnings.map((w) => `${w.code}: ${w.message}`).join('; ')) : 'none',
      ),
    );
    out.push('');
  }
  const ok = entries.filter((e) => e.ok);
  const count = (n: number, what: string) => `${n} ${what}`;
  out.push(
    [
      count(entries.length, entries.length === 1 ? 'page' : 'pages'),
      count(ok.length, 'extracted'),
      count(entries.length - ok.length, 'failed'),
      count(ok.filter((e) => e.title).length, 'with a title'),
      count(ok.filter((e) => e.authors.length).length, 'with a byline'),
      count(ok.filter((e) => e.published).length, 'with a date'),
      count(ok.filter((e) => e.dateline).length, 'with a dateline'),
      count(
        ok.reduce((n, e) => n + e.warnings.length, 0),
        'warnings',
      ),
    ].join(', '),
  );
  return `${out.join('\n')}\n`;
}
