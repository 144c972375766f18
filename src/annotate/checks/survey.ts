/**
 * A precision reading of the checks layer on real text (docs/quantities.md): runs tokens → sentences →
 * quantities → checks over the news texts found under a data root, prints every check with its evidence
 * in context for a person to judge, and a count per source. Nothing is scored automatically and nothing
 * from the data is written anywhere.
 *
 * Usage: node dist/src/annotate/checks/survey.js [DATA_ROOT]   (default ../shared/data)
 *
 * 1. Collect texts: the extraction benchmark's article bodies, the TempEval-3 silver stories' TEXT, the
 *    India police events documents (each source skipped with a note when absent).
 * 2. Annotate each text and print its checks.
 * 3. Print, per source, documents, quantities and checks.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { splitSentences } from '../sentences/splitter.js';
import { tokenize } from '../tokens/tokenizer.js';
import { findQuantities } from '../quantities/find.js';
import { findChecks } from './find.js';

interface Source {
  name: string;
  texts: () => Array<{ id: string; text: string }>;
  path: string;
}

/** Characters of context shown on each side of an evidence span. */
const CONTEXT = 50;

function sources(root: string): Source[] {
  const extraction = join(root, 'extraction/scrapinghub/ground-truth.json');
  const te3 = join(root, 'timex/te3-silver');
  const india = join(root, 'events/india_police_events/data/final/docs.jsonl');
  return [
    {
      name: 'extraction article bodies',
      path: extraction,
      texts: () =>
        Object.entries(
          JSON.parse(readFileSync(extraction, 'utf8')) as Record<string, { articleBody: string }>,
        ).map(([id, a]) => ({ id, text: a.articleBody })),
    },
    {
      name: 'TempEval-3 silver stories',
      path: te3,
      texts: () =>
        readdirSync(te3)
          .filter((f) => f.endsWith('.tml'))
          .sort()
          .map((f) => ({ id: f, text: tmlText(readFileSync(join(te3, f), 'utf8')) })),
    },
    {
      name: 'India police events documents',
      path: india,
      texts: () =>
        readFileSync(india, 'utf8')
          .split('\n')
          .filter((l) => l.trim())
          .map((l) => {
            const d = JSON.parse(l) as { doc_id: number; doc_text: string };
            return { id: String(d.doc_id), text: d.doc_text };
          }),
    },
  ];
}

/** The TEXT element of a TimeML file, tags removed, entities decoded. */
function tmlText(xml: string): string {
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  return body
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

function main(root: string): void {
  for (const source of sources(root)) {
    if (!existsSync(source.path)) {
      console.log(`# ${source.name}: skipped, ${source.path} is absent`);
      continue;
    }
    let docs = 0;
    let quantities = 0;
    let checks = 0;
    for (const { id, text } of source.texts()) {
      const tokens = tokenize(text);
      const sentences = splitSentences(text, tokens);
      const q = findQuantities(text, tokens, sentences);
      const c = findChecks(text, sentences, q);
      docs++;
      quantities += q.length;
      checks += c.length;
      for (const check of c) {
        const what =
          check.total !== undefined
            ? `${check.total} = ${check.parts?.join(' + ')}`
            : check.values?.join(' vs ');
        const contexts = check.evidence.map((e) =>
          text.slice(Math.max(0, e.start - CONTEXT), e.end + CONTEXT).replace(/\s+/g, ' '),
        );
        console.log(`${id}\t${check.kind}\t${check.holds}\t${what}\t${contexts.join(' || ')}`);
      }
    }
    console.log(`# ${source.name}: ${docs} documents, ${quantities} quantities, ${checks} checks`);
  }
}

main(resolve(process.argv[2] ?? '../shared/data'));
