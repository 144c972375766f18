/**
 * Trigger-coverage report for the events lexicon, learned from counts on ConfliBERT's cameo_class
 * train file (never its test file, the PLOVER gold or UniversalPetrarch: sentences also in those are
 * left out by normalised text). Prints no sentences: per word form, how many train sentences of each
 * coarse class contain it, and whether the lexicon already has it as the first word of a trigger.
 *
 * 1. Read the train rows (class 1-4) and drop those whose text is in a gold set.
 * 2. Count, per lower-case word form, the sentences per class that contain it.
 * 3. Keep forms seen in at least MIN sentences whose commonest class holds at least PURITY of them and
 *    that start no trigger; print them by count, with the PLOVER categories of that class.
 *
 * Usage: npm run build && node scripts/events-trigger-candidates.mjs [--data DIR] [--min 3] [--purity 0.8]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '..', '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const data = resolve(opt('data', join(root, '..', 'shared', 'data')));
const MIN = Number(opt('min', '3'));
const PURITY = Number(opt('purity', '0.8'));
const dir = existsSync(join(data, 'events')) ? join(data, 'events') : data;

const { readClassRows, readPloverGold, readPetrGold, readCameoTable, QUAD } = await import(
  join(root, 'dist', 'src', 'eval', 'suites', 'events.js')
);
const { TRIGGERS } = await import(join(root, 'dist', 'src', 'annotate', 'events', 'lexicon.js'));
const { inflect } = await import(join(root, 'dist', 'src', 'annotate', 'events', 'triggers.js'));

const norm = (s) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const table = readCameoTable(readFileSync(join(dir, 'plover-gold', 'CAMEO2PLOVER-2021.txt'), 'utf8'));
const gold = [
  ...readPloverGold(join(dir, 'plover-gold', 'PLOVER_GSR_CAMEO.dev.json')),
  ...readPetrGold(
    readFileSync(join(dir, 'oeda_universalpetrarch_validation', 'PETR2_GSR_validation.xml'), 'utf8'),
    table,
  ),
];
const excluded = new Set(gold.map((g) => norm(g.text)));
const rows = readClassRows(
  readFileSync(join(dir, 'conflibert_cameo', 'data', 'cameo_class', 'train.tsv'), 'utf8'),
).filter((r) => r.label >= 1 && r.label <= 4 && !excluded.has(norm(r.text)));

// Every form that starts a trigger phrase.
const starts = new Set();
for (const t of TRIGGERS)
  for (const phrase of t.phrase.split('/'))
    for (const alt of phrase.split(' ')[0].split('|'))
      for (const f of alt.endsWith('*') ? inflect(alt.slice(0, -1)) : [alt]) starts.add(f);

const STOP = new Set(
  'the a an of to in on and for with by at from that this is was were be been has have had it its their his her as said says will would after over into than more about'.split(
    ' ',
  ),
);
const counts = new Map();
for (const r of rows) {
  const words = new Set(r.text.toLowerCase().match(/[a-z][a-z'-]+/g) ?? []);
  for (const w of words) {
    if (STOP.has(w)) continue;
    const c = counts.get(w) ?? [0, 0, 0, 0, 0];
    c[r.label]++;
    counts.set(w, c);
  }
}
const byClass = (k) =>
  Object.entries(QUAD)
    .filter(([, q]) => q === k)
    .map(([t]) => t)
    .join('/');
const out = [];
for (const [w, c] of counts) {
  const n = c.reduce((a, b) => a + b, 0);
  const best = c.indexOf(Math.max(...c));
  if (n >= MIN && c[best] / n >= PURITY && !starts.has(w)) out.push({ w, n, best, c });
}
out.sort((a, b) => b.n - a.n);
console.log(
  `${rows.length} train sentences (class 1-4, gold-set sentences left out); ${out.length} uncovered forms`,
);
for (const { w, n, best, c } of out)
  console.log(`${w}\t${n}\tclass ${best} (${byClass(best)})\t${c.slice(1).join(' ')}`);
