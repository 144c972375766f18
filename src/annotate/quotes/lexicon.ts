/**
 * The quote extractor's hand-written word lists and tunables, each with its reason. The learned part
 * (how often a word is a cue in PolNeAR train) is model/cues.json; these lists say how the words around
 * a cue behave. Written for Dateline.
 */

/** A word is a cue when at least this share of its train occurrences lay inside a gold cue (tuned on dev's tuning part). */
export const CUE_RATE = 0.3;
/** The cue classifier's score must pass this for a token to be a cue (tuned by 4-fold cross-validation on train, end to end). */
export const CUE_THRESHOLD = -5;
/** With the attribution model, cues are proposed down to this classifier score (tuned by cross-validation on train). */
export const CANDIDATE_THRESHOLD = -15;
/** The attribution model keeps a candidate above this log-odds (tuned by 4-fold cross-validation on all of train). */
export const TRIPLE_THRESHOLD = -1;
/** A lexicon cue needs this much less score: the lexicon's rates and the classifier agree more often than not. */
export const KNOWN_CUE_BONUS = 3;
/** Right after a subject ("Trump urges", "she wants"), a word is a cue at this rate (tuned on dev's tuning part). */
export const SUBJECT_CUE_RATE = 0.5;
/** ...and it was inside a cue at least this often (rarer words have unreliable rates). */
export const CUE_MIN_COUNT = 4;

/** Cues a reader knows whatever the counts say, with their reason (they hold on news outside PolNeAR too). */
export const CORE_CUES: Readonly<Record<string, string>> = {
  said: 'the reporting verb of news',
  says: 'present tense of said',
  say: 'plural subjects ("officials say")',
  saying: 'participle after a comma ("..., saying the talks failed")',
  told: 'speech to an addressee ("told reporters")',
  tells: 'present tense of told',
  telling: 'participle of told',
  added: 'a second statement by the same speaker',
  adding: 'participle of added',
  vowed: 'a promise reported',
  warned: 'a warning reported',
  announced: 'an announcement reported',
  declared: 'a declaration reported',
  stated: 'formal reporting verb',
  claimed: 'a claim reported',
  insisted: 'a claim repeated against doubt',
  argued: 'an argument reported',
  explained: 'an explanation reported',
  noted: 'a remark reported',
  wrote: 'written statements',
  tweeted: 'statements on social media',
  asked: 'questions reported',
  acknowledged: 'an admission reported',
  admitted: 'an admission reported',
  confirmed: 'a confirmation reported',
  denied: 'a denial reported',
  suggested: 'a suggestion reported',
  stressed: 'an emphasis reported',
  predicted: 'a forecast reported',
  estimated: 'an estimate reported',
  according: '"according to X", the attribution without a verb',
  declined: '"declined to comment / to be named"',
};

/** Cues that take a person as object before the content ("told reporters that", "warned allies the ..."). */
export const OBJECT_CUES: ReadonlySet<string> = new Set([
  'told', // told reporters that ...
  'tells',
  'telling',
  'tell',
  'asked', // asked the court to ...
  'urged',
  'warned', // warned allies that ...
  'assured',
  'reminded',
  'informed',
  'briefed',
]);

/** Two-word adverbials between a subject and its cue ("Analysts had on average expected", "He in fact said"). */
export const ADVERBIAL_PAIRS: readonly (readonly [string, string])[] = [
  ['on', 'average'],
  ['in', 'fact'],
  ['in', 'turn'],
  ['by', 'contrast'],
  ['in', 'particular'],
  ['on', 'balance'],
  ['of', 'course'],
];

/** Words between a subject and its cue that belong to neither ("He also said", "Putin has repeatedly warned"). */
export const BETWEEN_SOURCE_AND_CUE: ReadonlySet<string> = new Set([
  'also',
  'long',
  'even',
  'ever',
  'now',
  'has',
  'have',
  'had',
  'later',
  'then',
  'previously',
  'once',
  'repeatedly',
  'recently',
  'reportedly',
  'publicly',
  'privately',
  'would',
  'will',
  'did',
  'does',
  'do',
  'never',
  'not',
  "n't",
  'n’t',
  'often',
  'always',
  'again',
  'first',
  'further',
  'separately',
  'earlier',
  'initially',
  'flatly',
  'simply',
  'just',
  'already',
  'still',
  'may',
  'might',
  'could',
  'should',
  'must',
  'can',
  'is',
  'was',
  'were',
  'are',
  'been',
  // Contracted auxiliaries, split off by the tokenizer ("they're also looking", "who'd endorsed",
  // "I can't say" → I ca n't): the pronoun before them is the source, never the clitic.
  ...["'re", '’re', "'ve", '’ve', "'d", '’d', "'ll", '’ll', "'m", '’m', 'ca', 'wo'],
]);

/** Words that cannot be inside a source noun phrase: walking left from a cue stops at them. */
export const NOT_IN_SOURCE: ReadonlySet<string> = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'and',
  'but',
  'or',
  'because',
  'if',
  'when',
  'while',
  'as',
  'since',
  'after',
  'before',
  'although',
  'though',
  'so',
  'than',
  'where',
  'what',
  'how',
  'why',
  'is',
  'was',
  'are',
  'were',
  'be',
  'has',
  'have',
  'had',
  'to',
  'in',
  'on',
  'at',
  'by',
  'with',
  'from',
  'into',
  'about',
  'it',
  'there',
  'this',
  'not',
  'also',
  'said',
  'says',
  'say',
  'told',
]);

/** Pronouns that can be a speaker, with the entity types they refer back to. */
export const SPEAKER_PRONOUNS: Readonly<Record<string, readonly string[]>> = {
  he: ['PERSON'],
  she: ['PERSON'],
  i: ['PERSON'],
  we: ['ORG', 'GPE', 'NORP', 'PERSON'],
  they: ['ORG', 'GPE', 'NORP', 'PERSON'],
  it: ['ORG', 'GPE'],
  you: ['PERSON'],
  who: ['PERSON'], // "Anna Berg, who said ...": the relative pronoun is the source as written
  which: ['ORG', 'GPE'],
};

/** Determiners and quantities that open an unnamed source ("a French official", "two security officials"). */
export const DESCRIPTION_OPENERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'one',
  'two',
  'three',
  'four',
  'several',
  'some',
  'many',
  'most',
  'other',
  'another',
  'senior',
  'officials',
  'sources',
]);

/** Words after which what follows a cue is its object, not the content ("told reporters", "told CNN"). */
export const CONTENT_SKIP_MAX = 8;

/** A direct quote needs this many words to stand as a quote on its own (shorter ones are scare quotes). */
export const MIN_STANDALONE_QUOTE_WORDS = 4;

/** A quote paragraph inherits the speaker of an attribution at most this many paragraphs back. */
export const CARRY_OVER_PARAGRAPHS = 2;

/** A transcript line opens with a name of at most this many words and a colon ("PENCE: Well, ..."). */
export const TRANSCRIPT_NAME_WORDS = 4;

/** Nouns that report a statement after a possessive source ("Trump's claim that …"): PolNeAR marks them as cues. */
export const CLAIM_NOUNS: ReadonlySet<string> = new Set([
  'claim',
  'claims',
  'assertion',
  'argument',
  'statement',
  'suggestion',
  'insistence',
  'contention',
  'promise',
  'pledge',
  'warning',
  'belief',
  'view',
  'allegation',
  'accusation',
]);

/**
 * What follows a cue that asks for the source's anonymity ("who asked not to be named", "declined to
 * be identified"): a description of the source, never a statement of its own.
 */
export const ANONYMITY: readonly (readonly string[])[] = [
  ['not', 'to', 'be', 'named'],
  ['not', 'to', 'be', 'identified'],
  ['not', 'to', 'be', 'quoted'],
  ['to', 'be', 'named'],
  ['to', 'be', 'identified'],
  ['anonymity'],
];

/** Speech verbs that close a sentence as its attribution ("…, a senior officer told reporters."). */
export const TRAILING_CUES = new Set(['said', 'says', 'told', 'added', 'stated', 'confirmed', 'insisted']);
/** The words after a trailing attribution's cue to the sentence end ("told reporters on Thursday"). */
export const TRAILING_TAIL_MAX = 6;
/** The noun phrase of a trailing attribution runs at most this many words after its determiner. */
export const TRAILING_NP_MAX = 5;
/** Articles: a second one inside a trailing speaker's noun phrase opens a relative clause. */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
/** Words inside a speaker's noun phrase an article may follow ("officials and an aide", "a spokesman for the service"). */
export const NP_JOINERS: ReadonlySet<string> = new Set([
  'and',
  'or',
  'for',
  'of',
  'at',
  'in',
  'from',
  'with',
]);
