/**
 * Every tunable of input reading, each with its reason. Options in InputOptions override the caps.
 */
export const INPUT_LIMITS = {
  /** 50 MB raw: the largest real news pages are a few MB; past this it is a dump, not a page. */
  maxBytes: 50 * 1024 * 1024,
  /** 100 MB after gzip/deflate/br: room for 2× the raw cap, and a ceiling on decompression bombs. */
  maxDecodedBytes: 100 * 1024 * 1024,
  /** 20 MB per HTTP response: a page (not its images) fits easily; bigger is a misdirected download. */
  maxFetchBytes: 20 * 1024 * 1024,
  /** 20 s for a whole fetch, redirects included: a polite crawler gives up on a stuck server. */
  fetchTimeoutMs: 20_000,
  /** 5 redirects: browsers allow ~20, but news sites need 1–3 (http→https, www, trailing slash). */
  maxRedirects: 5,
  /** 8 KB URLs: longer ones are not addresses of news pages (and most servers refuse them anyway). */
  maxUrlLength: 8192,
  /** 8 KB head sniffed for magic numbers, control bytes and markup: enough to see past a doctype. */
  sniffBytes: 8192,
  /** 4 KB prescanned for <meta charset> (the HTML spec says 1 KB; real pages put scripts first). */
  metaScanBytes: 4096,
  /** 10% control bytes in the head means binary: text has tabs and newlines, not NULs and BELs. */
  maxControlShare: 0.1,
  /** …and at least 4 of them: one stray NUL in a ten-byte text is noise, not a binary format. */
  minControlBytes: 4,
  /** 64 directory levels: deeper trees are loops or generated junk, not collections of pages. */
  maxDirDepth: 64,
} as const;

/** Identify ourselves and say where to complain: the polite-crawler convention. */
export const USER_AGENT = 'Dateline/0.1 (+https://github.com/dateline; news extraction)';

/** We can read HTML and plain text; ask for them first, but take anything (we sniff it). */
export const ACCEPT = 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1';

/** Content codings we decode; ask only for those. */
export const ACCEPT_ENCODING = 'gzip, deflate, br';

/** File names → how the content is read; `.gz` is stripped first. */
export const FORMAT_BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.txt': 'text',
  '.jsonl': 'jsonl',
};

/** Extensions a directory walk picks up (the contract's list; other files in a tree are not pages). */
export const WALK_EXTENSIONS = /\.(html?|xhtml|txt|jsonl)(\.gz)?$/i;

export type InputFormat = 'html' | 'text' | 'jsonl';
