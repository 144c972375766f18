/**
 * Language detection from stop-word profiles and scripts, in one pass over at most SAMPLE_CHARS
 * characters: Hangul → ko, kana → ja, Han → zh, Arabic script → ar, Cyrillic → ru (checked against its
 * profile); Latin-script text is scored against the stop-word profiles of language-profiles.ts. Returns
 * ISO 639-1, or null when the text is too short or the evidence is ambiguous.
 */
import { STOP_WORDS } from './language-profiles.js';

/** Tunables, each with its reason. */
export const LANGUAGE_TUNING = {
  /** Enough text for a stable profile; more only costs time. */
  SAMPLE_CHARS: 2000,
  /** Fewer letters than this is a label, not text. */
  MIN_LETTERS: 40,
  /** CJK characters carry a word or more each: fewer are needed. */
  MIN_CJK: 15,
  /** Latin text needs this many weighted stop-word hits (one sentence of running text gives ~5). */
  MIN_SCORE: 3,
  /** The winner must beat the runner-up by this factor, or the text is ambiguous (da vs no). */
  MIN_MARGIN: 1.25,
  /** A script owns the text when it has this share of the letters. */
  SCRIPT_SHARE: 0.5,
  /** Share of kana among CJK characters above which Japanese is certain (Japanese prose is ~40% kana). */
  KANA_SHARE: 0.1,
  /** Running text is 30–50% function words; below this share of words it is a list, a table or names. */
  MIN_DENSITY: 0.1,
  /** Cyrillic text must show this many Russian stop words to be called Russian. */
  MIN_RU_HITS: 2,
} as const;

const LANGS = Object.keys(STOP_WORDS);

/** word → weights per language (1 / number of profiles holding the word). */
const WORD_WEIGHTS: ReadonlyMap<string, readonly [number, number][]> = (() => {
  const holders = new Map<string, number[]>();
  LANGS.forEach((lang, i) => {
    for (const w of STOP_WORDS[lang]!.split(' ')) {
      const list = holders.get(w) ?? [];
      if (!list.includes(i)) list.push(i);
      holders.set(w, list);
    }
  });
  const out = new Map<string, [number, number][]>();
  for (const [w, list] of holders)
    out.set(
      w,
      list.map((i) => [i, 1 / list.length]),
    );
  return out;
})();

const RU = LANGS.indexOf('ru');

type Script = 'latin' | 'cyrillic' | 'arabic' | 'han' | 'kana' | 'hangul' | 'other';

function scriptOf(code: number): Script | null {
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f))
    return code === 0xd7 || code === 0xf7 ? null : 'latin';
  if (code >= 0x400 && code <= 0x52f) return 'cyrillic';
  if (
    (code >= 0x600 && code <= 0x6ff) ||
    (code >= 0x750 && code <= 0x77f) ||
    (code >= 0xfb50 && code <= 0xfeff)
  )
    return 'arabic';
  if ((code >= 0x3040 && code <= 0x30ff) || (code >= 0x31f0 && code <= 0x31ff)) return 'kana';
  if (
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0x1100 && code <= 0x11ff) ||
    (code >= 0x3130 && code <= 0x318f)
  )
    return 'hangul';
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) return 'han';
  // General Punctuation (dashes, curly quotes) holds no letters: skip the Unicode test for it.
  if (code >= 0x2000 && code <= 0x206f) return null;
  if (code > 0x2ff && /\p{L}/u.test(String.fromCharCode(code))) return 'other';
  return null;
}

/** Language of a text (ISO 639-1), or null when it is too short or ambiguous. Pure and fast. */
export function detectLanguage(text: string): string | null {
  const sample =
    text.length > LANGUAGE_TUNING.SAMPLE_CHARS ? text.slice(0, LANGUAGE_TUNING.SAMPLE_CHARS) : text;
  const counts: Record<Script, number> = {
    latin: 0,
    cyrillic: 0,
    arabic: 0,
    han: 0,
    kana: 0,
    hangul: 0,
    other: 0,
  };
  const scores = new Array<number>(LANGS.length).fill(0);
  let letters = 0;
  let words = 0;
  // A word is a run of Latin or Cyrillic letters, lower-cased whole when it ends (these scripts have
  // no context-dependent lower-casing, so this equals lower-casing letter by letter).
  let wordStart = -1;
  const flush = (end: number) => {
    if (wordStart < 0) return;
    words++;
    const hits = WORD_WEIGHTS.get(sample.slice(wordStart, end).toLowerCase());
    if (hits) for (const [i, w] of hits) scores[i]! += w;
    wordStart = -1;
  };
  // One pass: count scripts and score words as they end.
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    const script = scriptOf(code);
    if (script) {
      counts[script]++;
      letters++;
      if (script === 'latin' || script === 'cyrillic') {
        if (wordStart < 0) wordStart = i;
        continue;
      }
    }
    flush(i);
  }
  flush(sample.length);
  const cjk = counts.han + counts.kana + counts.hangul;
  const share = (n: number) => n / Math.max(1, letters);
  if (cjk >= LANGUAGE_TUNING.MIN_CJK && share(cjk) >= LANGUAGE_TUNING.SCRIPT_SHARE) {
    if (counts.hangul >= counts.han + counts.kana) return 'ko';
    if (counts.kana / cjk >= LANGUAGE_TUNING.KANA_SHARE) return 'ja';
    return 'zh';
  }
  if (letters < LANGUAGE_TUNING.MIN_LETTERS) return null;
  if (share(counts.arabic) >= LANGUAGE_TUNING.SCRIPT_SHARE) return 'ar';
  if (share(counts.cyrillic) >= LANGUAGE_TUNING.SCRIPT_SHARE)
    return scores[RU]! >= LANGUAGE_TUNING.MIN_RU_HITS ? 'ru' : null;
  if (share(counts.latin) < LANGUAGE_TUNING.SCRIPT_SHARE) return null;

  let best = -1;
  let second = -1;
  for (let i = 0; i < LANGS.length; i++) {
    if (i === RU) continue;
    if (best < 0 || scores[i]! > scores[best]!) {
      second = best;
      best = i;
    } else if (second < 0 || scores[i]! > scores[second]!) second = i;
  }
  const top = scores[best]!;
  const runnerUp = second >= 0 ? scores[second]! : 0;
  if (top < LANGUAGE_TUNING.MIN_SCORE || top < words * LANGUAGE_TUNING.MIN_DENSITY) return null;
  if (runnerUp > 0 && top / runnerUp < LANGUAGE_TUNING.MIN_MARGIN) return null;
  return LANGS[best]!;
}
