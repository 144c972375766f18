/**
 * Error analysis on PolNeAR train by 4-fold cross-validation (never dev): which gold attributions no
 * candidate reaches, and why. Prints counts only (and the most frequent cue and source words).
 *
 * 1. Per fold (as cross-validate.ts): cue models from the other folds, candidates at CANDIDATE_THRESHOLD
 *    on the fold's articles, the attribution model from the other folds' candidates.
 * 2. Per gold attribution: covered when a candidate's cue, content and source overlap it (the source
 *    must be there when gold has one). Else (a) no candidate cue overlaps the gold cue, (c) a cue does
 *    but no content overlaps, (b) cue and content do but the source is missing or elsewhere.
 * 3. For (a), the gold cue's form (according to, colon, inside a quote, sentence-initial, verb / noun /
 *    other head, multi-word) and the classifier's view of its head; for (b), the gold source's form
 *    (pronoun, possessive, after the cue, in another sentence, long or with a comma).
 * 4. End to end (the kept attributions): of the gold with a source whose content some prediction
 *    overlaps, how many get no overlapping source, by the same source forms; and whether the source is
 *    right when a prediction also has the gold's cue.
 *
 * Run: node dist/src/annotate/quotes/cv-misses.js [DATA] [--every N]
 */
import { resolve } from 'node:path';
import type { Span } from '../../doc/doc.js';
import { toAttributions } from '../../eval/suites/quotes.js';
import { type GoldAttribution, polnearDir, readPolnear } from './brat.js';
import { cueScore } from './cue-score.js';
import { type Candidate, findQuotes } from './extract.js';
import { BETWEEN_SOURCE_AND_CUE, CANDIDATE_THRESHOLD, SPEAKER_PRONOUNS } from './lexicon.js';
import { findQuotedSpans } from './marks.js';
import { examplesOutside, foldCandidates, inFold, prepare, type Prepared } from './train.js';
import { trainTripleModel } from './triple-model.js';
import { wordClasses } from './word-classes.js';

const overlaps = (x: readonly Span[], y: readonly Span[]): boolean =>
  x.some((a) => y.some((b) => a.start < b.end && b.start < a.end));

class Tally {
  readonly n = new Map<string, number>();
  add(k: string): void {
    this.n.set(k, (this.n.get(k) ?? 0) + 1);
  }
  top(limit: number): string {
    return [...this.n.entries()]
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, limit)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  }
}

const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);

/** The form of a gold source, for the tables. */
function sourceForms(p: Prepared, g: GoldAttribution): string[] {
  const { text } = p.doc;
  const s = g.source[0]!;
  const words = text.slice(s.start, g.source[g.source.length - 1]!.end);
  const lower = words.toLowerCase();
  const out: string[] = [];
  if (Object.hasOwn(SPEAKER_PRONOUNS, lower)) out.push(`pronoun`);
  if (POSSESSIVE_DETERMINERS.has(lower) || /^['’]s\b/.test(text.slice(s.end, s.end + 3)))
    out.push('possessive');
  const cue = g.cue[0];
  if (cue && s.start > cue.start) out.push('after cue');
  const sentOf = (pos: number): number => p.sentences.findIndex((x) => x.start <= pos && pos < x.end);
  if (cue && sentOf(s.start) !== sentOf(cue.start)) out.push('other sentence');
  const n = words.split(/\s+/).length;
  if (words.includes(',')) out.push('comma/appositive');
  else if (n > 4) out.push('long (5+ words)');
  if (out.length === 0) out.push(n === 1 ? 'one word' : 'short NP');
  return out;
}

if (process.argv[1]?.endsWith('cv-misses.js')) {
  const arg = process.argv[2];
  const data = resolve(arg && !arg.startsWith('--') ? arg : '../shared/data');
  const dir = polnearDir(data);
  if (!dir) throw new Error(`no PolNeAR under ${data}`);
  const k0 = process.argv.indexOf('--every');
  const every = k0 > 0 ? Number(process.argv[k0 + 1]) : 1;
  const examples = process.argv.includes('--examples');
  // --own-cue: end to end, only the predictions whose cue overlaps the gold cue count.
  const ownCue = process.argv.includes('--own-cue');
  const prepared = prepare(readPolnear(dir, 'train').filter((_, i) => i % every === 0));
  const folds = foldCandidates(prepared, CANDIDATE_THRESHOLD);
  const classes = new Tally();
  const cueForm = new Tally();
  const cueHeadView = new Tally();
  const headRate = new Tally();
  const cueWords = new Tally();
  const srcForm = new Tally();
  const srcStatus = new Tally();
  const srcWords = new Tally();
  const endForm = new Tally();
  const endStatus = new Tally();
  const sameCue = new Tally();
  let gold = 0;
  let predTotal = 0;
  const falseCue = new Tally();
  const dupKind = new Tally();
  let goldSrcMatched = 0;
  folds.forEach((fold, k) => {
    const triples = trainTripleModel(examplesOutside(folds, k));
    prepared.forEach((p, i) => {
      if (!inFold(i, k)) return;
      const { text } = p.doc;
      let cands: readonly Candidate[] = [];
      const opts = { model: fold.model, counts: fold.counts, nonCues: fold.nonCues };
      findQuotes(text, p.tokens, p.sentences, p.entities, {
        ...opts,
        threshold: CANDIDATE_THRESHOLD,
        triples: null,
        onCandidates: (c) => (cands = c),
      });
      const pred = toAttributions(
        findQuotes(text, p.tokens, p.sentences, p.entities, {
          ...opts,
          threshold: CANDIDATE_THRESHOLD,
          triples,
        }),
      );
      const quoted = findQuotedSpans(text).filter((q) => q.marks === 'double');
      // Greedy one-to-one pairing by shared content characters (as the eval suite): the unpaired
      // predictions that overlap some gold content are duplicates.
      const shared = (x: GoldAttribution, g: GoldAttribution): number => {
        let n = 0;
        for (const a of x.content)
          for (const b of g.content) n += Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
        return n;
      };
      const pairs: Array<[number, number, number]> = [];
      pred.forEach((x, i) =>
        p.doc.attributions.forEach((g, j) => {
          const n = shared(x, g);
          if (n > 0) pairs.push([n, i, j]);
        }),
      );
      pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
      const usedP = new Map<number, number>();
      const usedG = new Map<number, number>();
      for (const [, i, j] of pairs) {
        if (usedP.has(i) || usedG.has(j)) continue;
        usedP.set(i, j);
        usedG.set(j, i);
      }
      pred.forEach((x, i) => {
        if (usedP.has(i) || !pairs.some(([, pi]) => pi === i)) return;
        const j = pairs.find(([, pi]) => pi === i)![2];
        const g = p.doc.attributions[j]!;
        const other = pred[usedG.get(j)!]!;
        const sameCue = overlaps(other.cue, x.cue);
        const kind = sameCue
          ? 'same cue'
          : overlaps(x.cue, g.cue)
            ? 'own cue is gold cue, another took it'
            : x.cue.some((c) => g.content.some((q) => q.start <= c.start && c.end <= q.end))
              ? 'cue inside the gold content'
              : 'other';
        dupKind.add(kind);
        if (examples && i % 4 === 0) {
          const show = (sp: readonly Span[]): string =>
            sp.map((y) => text.slice(y.start, y.end).slice(0, 50)).join('|');
          process.stderr.write(
            `DUP ${kind}: pred cue [${show(x.cue)}] content [${show(x.content)}] / gold cue [${show(g.cue)}] content [${show(g.content)}] / paired cue [${show(other.cue)}] content [${show(other.content)}]\n`,
          );
        }
      });
      for (const x of pred) {
        predTotal++;
        if (p.doc.attributions.some((g) => overlaps(x.content, g.content))) continue;
        const cueWord =
          x.cue.length > 0 ? text.slice(x.cue[0]!.start, x.cue[0]!.end).toLowerCase() : '(no cue)';
        falseCue.add(cueWord);
        if (examples && predTotal % 9 === 0) {
          const cs = x.cue[0]?.start ?? x.content[0]!.start;
          const sent = p.sentences.find((s) => s.start <= cs && cs < s.end);
          process.stderr.write(
            `FP cue [${cueWord}] src [${x.source.map((y) => text.slice(y.start, y.end)).join('|')}] content [${text.slice(x.content[0]!.start, x.content[0]!.end).slice(0, 60)}]\n   ${sent ? text.slice(sent.start, sent.end).replace(/\s+/g, ' ') : ''}\n`,
          );
        }
      }
      for (const g of p.doc.attributions) {
        gold++;
        // 4. End to end.
        if (g.source.length > 0) {
          const withContent = pred.filter(
            (x) => overlaps(x.content, g.content) && (!ownCue || overlaps(x.cue, g.cue)),
          );
          // With the gold's own cue, is the source right? (Most source misses are other cues' attributions.)
          const own = withContent.filter((x) => overlaps(x.cue, g.cue));
          if (own.length > 0)
            sameCue.add(
              own.some((x) => overlaps(x.source, g.source))
                ? 'source right'
                : own.some((x) => x.source.length > 0)
                  ? 'source elsewhere'
                  : 'no source',
            );
          if (withContent.length > 0) {
            goldSrcMatched++;
            if (!withContent.some((x) => overlaps(x.source, g.source))) {
              endStatus.add(withContent.some((x) => x.source.length > 0) ? 'source elsewhere' : 'no source');
              if (examples && gold % 7 === 0) {
                const show = (sp: readonly Span[]): string =>
                  sp.map((x) => text.slice(x.start, x.end)).join('|');
                const cs = g.cue[0] ? g.cue[0].start : g.content[0]!.start;
                const sent = p.sentences.find((s) => s.start <= cs && cs < s.end);
                process.stderr.write(
                  `SRC gold [${show(g.source)}] cue [${show(g.cue)}] pred [${withContent.map((x) => show(x.source)).join(' / ')}]\n   ${sent ? text.slice(sent.start, sent.end).replace(/\s+/g, ' ') : ''}\n`,
                );
              }
              for (const f of sourceForms(p, g)) endForm.add(f);
            }
          }
        }
        // 2. Candidates.
        const cue = cands.filter((c) => c.cue && g.cue.length > 0 && overlaps([c.cue], g.cue));
        const content = cue.filter((c) => overlaps(c.content, g.content));
        const full = content.filter((c) =>
          g.source.length === 0 ? true : c.source !== null && overlaps([c.source], g.source),
        );
        if (full.length > 0) {
          classes.add('covered');
          continue;
        }
        const show = (sp: readonly Span[]): string => sp.map((x) => text.slice(x.start, x.end)).join('|');
        const sentence = (): string => {
          const cs = g.cue[0] ? g.cue[0].start : g.content[0]!.start;
          const sent = p.sentences.find((s) => s.start <= cs && cs < s.end);
          return sent ? text.slice(sent.start, sent.end).replace(/\s+/g, ' ') : '';
        };
        if (examples && (content.length > 0 || cue.length > 0) && gold % 3 === 0)
          process.stderr.write(
            `${content.length > 0 ? 'B' : 'C'} gold src [${show(g.source)}] cue [${show(g.cue)}] content [${show(g.content).slice(0, 60)}]\n` +
              `   cands ${(content.length > 0 ? content : cue).map((c) => `{${c.source ? show([c.source]) : '-'} / ${show(c.content).slice(0, 60)}}`).join(' ')}\n   ${sentence()}\n`,
          );
        if (content.length > 0) {
          classes.add('(b) source missing or wrong');
          srcStatus.add(
            content.some((c) => c.source) ? 'candidate source elsewhere' : 'candidate without source',
          );
          for (const f of sourceForms(p, g)) srcForm.add(f);
          const s = g.source[0]!;
          srcWords.add(
            text
              .slice(s.start, g.source[g.source.length - 1]!.end)
              .toLowerCase()
              .slice(0, 30),
          );
          continue;
        }
        if (cue.length > 0) {
          classes.add('(c) content missing or wrong');
          continue;
        }
        classes.add('(a) no cue candidate');
        if (g.cue.length === 0) {
          cueForm.add('no gold cue');
          continue;
        }
        const c0 = g.cue[0]!;
        const cueText = g.cue.map((c) => text.slice(c.start, c.end)).join(' … ');
        const toks = p.tokens.filter((t) => t.start >= c0.start && t.end <= g.cue[g.cue.length - 1]!.end);
        const content0 = toks.filter(
          (t) => !BETWEEN_SOURCE_AND_CUE.has(t.lower) && !/^\p{L}+ly$/u.test(t.lower) && t.kind === 'word',
        );
        const head = content0[0] ?? toks[0];
        const hi = head ? p.tokens.indexOf(head) : -1;
        const sent = p.sentences.find((s) => s.start <= c0.start && c0.start < s.end);
        const lower = cueText.toLowerCase();
        let form: string;
        if (lower.startsWith('according')) form = 'according to';
        else if (lower.includes(':')) form = 'colon';
        else if (quoted.some((q) => q.start <= c0.start && c0.start < q.end)) form = 'inside a double quote';
        else if (sent && hi === sent.tokenStart) form = 'sentence-initial';
        else if (content0.length > 1) form = 'multi-word';
        else if (!head) form = 'punctuation';
        else {
          const wc = wordClasses(head.lower);
          form =
            wc.verb.length > 0
              ? wc.noun !== 'none'
                ? 'one word, verb or noun'
                : 'one word, verb'
              : wc.noun !== 'none'
                ? 'one word, noun'
                : 'one word, other (adjective, preposition, …)';
        }
        cueForm.add(form);
        if (examples && gold % 5 === 0) {
          const sent2 = p.sentences.find((s) => s.start <= c0.start && c0.start < s.end);
          process.stderr.write(
            `CUE [${cueText}] content [${text.slice(g.content[0]!.start, g.content[0]!.end).slice(0, 80)}]\n   ${sent2 ? text.slice(sent2.start, sent2.end).replace(/\s+/g, ' ') : ''}\n`,
          );
        }
        cueWords.add(lower.replace(/\s+/g, ' ').slice(0, 30));
        if (head && sent) {
          const view = fold.nonCues.has(head.lower)
            ? 'head in non-cue list'
            : /^\p{Lu}/u.test(text[head.start]!) && hi > sent.tokenStart
              ? 'head capitalised'
              : (() => {
                  const s = cueScore(fold.model, text, p.tokens, hi, sent.tokenStart, sent.tokenEnd, false);
                  return s > CANDIDATE_THRESHOLD
                    ? 'head scored above the cut (not proposed)'
                    : s > -25
                      ? 'head scored −25…−15'
                      : 'head scored below −25';
                })();
          cueHeadView.add(view);
          // How often the head word is a cue anywhere in the other folds: below about F1/2 (~0.4),
          // proposing every occurrence costs more precision than it brings recall.
          const [hc = 0, hn = 0] = fold.counts[head.lower] ?? [];
          const rate = hn === 0 ? -1 : hc / hn;
          headRate.add(
            rate < 0
              ? 'unseen'
              : rate < 0.1
                ? '<0.1'
                : rate < 0.25
                  ? '0.1-0.25'
                  : rate < 0.4
                    ? '0.25-0.4'
                    : '>=0.4',
          );
          if (examples && view !== 'head scored below −25')
            process.stderr.write(
              `VIEW ${view} [${cueText}] src [${g.source.map((x) => text.slice(x.start, x.end)).join('|')}] content [${text.slice(g.content[0]!.start, g.content[0]!.end).slice(0, 60)}]\n   ${text.slice(sent.start, sent.end).replace(/\s+/g, ' ')}\n`,
            );
        }
      }
    });
  });
  const w = (title: string, t: Tally, n = 40): void => void process.stdout.write(`${title}: ${t.top(n)}\n`);
  process.stdout.write(`${prepared.length} articles, ${gold} gold\n`);
  w('candidate coverage', classes);
  w('(a) gold cue forms', cueForm);
  w('(a) classifier view of the head', cueHeadView);
  w("(a) the head's cue rate in the other folds", headRate);
  w('(a) gold cues', cueWords, 60);
  w('(b) candidate status', srcStatus);
  w('(b) gold source forms', srcForm);
  w('(b) gold sources', srcWords, 40);
  process.stdout.write(`end to end: gold with source and overlapping content ${goldSrcMatched}\n`);
  w('end to end, source missed', endStatus);
  w('end to end, gold with source and a prediction with its cue and overlapping content', sameCue);
  process.stdout.write(
    `predicted ${predTotal}, overlapping no gold content ${[...falseCue.n.values()].reduce((x, y) => x + y, 0)}\n`,
  );
  w('false predictions by cue', falseCue, 50);
  w('duplicates (overlapping gold, unpaired)', dupKind);
  w('end to end, source missed, gold forms', endForm);
}
