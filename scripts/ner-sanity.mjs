#!/usr/bin/env node
/**
 * Modern-news sanity check for the NER tagger: scores a model on fixtures/ner/modern-sanity.conll (44
 * sentences about current affairs written for this project, hand-tagged; CoNLL-2003 is 1996 news) and
 * prints every sentence the model gets wrong. With --compare FILE, two models side by side.
 *
 * 1. Read the fixture (lines starting with # are comments), group sentences by -DOCSTART-.
 * 2. Tag each document with the model (default: the committed src/annotate/entities/model/ner.bin.gz).
 * 3. Score exact spans as conlleval does; list the sentences with a wrong tag.
 *
 * Usage (after `npm run build`): node scripts/ner-sanity.mjs [--model FILE] [--compare FILE] [--quiet]
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { parseConll, byDocument, scoreChunks } = await import(
  join(root, 'dist/src/annotate/entities/conll.js')
);
const { decodeModel, defaultModelPath } = await import(join(root, 'dist/src/annotate/entities/model.js'));
const { tagDocument } = await import(join(root, 'dist/src/annotate/entities/tagger.js'));

const argv = process.argv.slice(2);
const arg = (name) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const text = readFileSync(join(root, 'fixtures/ner/modern-sanity.conll'), 'utf8')
  .split('\n')
  .filter((l) => !l.startsWith('#'))
  .join('\n');
const docs = byDocument(parseConll(text));

/** Tags every sentence of the fixture with the model in `path`. */
function tagAll(path) {
  const model = decodeModel(readFileSync(path));
  return docs.flatMap((doc) =>
    tagDocument(
      model,
      doc.map((s) => s.words),
    ),
  );
}

const paths = [arg('model') ?? defaultModelPath(), arg('compare')].filter(Boolean);
const gold = docs.flat().map((s) => s.tags);
const preds = paths.map(tagAll);
for (const [i, path] of paths.entries()) {
  const r = scoreChunks(gold, preds[i]);
  const types = ['PER', 'ORG', 'LOC', 'MISC'].map((t) => `${t} ${(r[t]?.f1 ?? 0).toFixed(3)}`).join('  ');
  const wrong = gold.filter((g, j) => g.some((t, k) => t !== preds[i][j][k])).length;
  console.log(
    `${path}: F1 ${r.ALL.f1.toFixed(4)} (P ${r.ALL.precision.toFixed(4)} R ${r.ALL.recall.toFixed(4)})  ${types}  sentences wrong ${wrong}/${gold.length}`,
  );
}
if (!argv.includes('--quiet')) {
  const words = docs.flat().map((s) => s.words);
  const show = (ws, tags) => ws.map((w, k) => (tags[k] === 'O' ? w : `${w}/${tags[k]}`)).join(' ');
  for (const [j, g] of gold.entries()) {
    if (preds.every((p) => p[j].every((t, k) => t === g[k]))) continue;
    console.log(`\ngold: ${show(words[j], g)}`);
    preds.forEach((p, i) =>
      console.log(`${i ? 'new ' : paths.length > 1 ? 'old ' : 'got '}: ${show(words[j], p[j])}`),
    );
  }
}
