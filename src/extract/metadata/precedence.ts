/**
 * The metadata precedence, as data. Each list is read in order and the first source that yields a
 * usable value wins; docs/metadata.md explains the cascade field by field. Every entry carries its reason.
 */

/** JSON-LD `@type`s whose headline, author and dates describe the article on the page. */
export const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  // The schema.org article family news sites use (Yoast, Arc, WordPress plugins, Drupal metatag).
  'newsarticle',
  'article',
  'reportagenews',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'reviewnewsarticle',
  'backgroundnewsarticle',
  'blogposting',
  'liveblogposting',
  'socialmediaposting',
  'report',
  'scholarlyarticle',
]);

/** JSON-LD types that describe the page rather than the story: used only after every article node. */
export const PAGE_TYPES: ReadonlySet<string> = new Set(['webpage', 'itempage', 'collectionpage']);

/** Meta keys (lower-cased property/name/itemprop) per field, best first. */
export const META_KEYS = {
  /** og:title is what the site shares, usually the bare headline; the others are rarer echoes of it. */
  title: ['og:title', 'twitter:title', 'sailthru.title', 'parsely-title', 'dc.title', 'headline'],
  /** Person-valued author keys; article:author is often a profile URL, which is skipped. */
  authors: [
    'author',
    'article:author',
    'dc.creator',
    'dcterms.creator',
    'parsely-author',
    'sailthru.author',
    'byl',
    'citation_author',
  ],
  /** Publication-time keys, in the order sites fill them reliably (article:* is set by CMS plugins). */
  published: [
    'article:published_time',
    'og:published_time',
    'article:published',
    'datepublished',
    'pubdate',
    'publishdate',
    'publish-date',
    'publication_date',
    'date',
    'dc.date',
    'dc.date.issued',
    'dcterms.issued',
    'dcterms.date',
    'dcterms.created',
    'sailthru.date',
    'parsely-pub-date',
    'citation_publication_date',
    'datecreated',
  ],
  /** Site name: og:site_name is explicit; application-name is the PWA / Windows tile name. */
  site: ['og:site_name', 'application-name'],
  description: ['og:description', 'description', 'twitter:description', 'dc.description'],
  /** Declared language: the HTTP-equivalent header, then the OpenGraph locale (en_US). */
  language: ['content-language', 'og:locale', 'language', 'dc.language'],
  url: ['og:url'],
} as const;

/**
 * Title separators between the headline and the site or section name, longest first so " :: " wins
 * over ":"; a bare ":" is not one ("Editorial: The library ..." is a headline).
 */
export const TITLE_SEPARATORS: readonly string[] = [
  ' :: ',
  ' | ',
  ' || ',
  ' - ',
  ' – ',
  ' — ',
  ' · ',
  ' • ',
  ' » ',
  ' « ',
  ' / ',
  '_',
];

/**
 * Class / id fragments of byline elements (matched on word parts of the lower-cased class and id). They
 * cover English and the CMS vocabularies of the other languages we read.
 */
export const BYLINE_CLASS_WORDS: readonly string[] = [
  'byline',
  'author',
  'authors',
  'writer',
  'by',
  'autor', // de, es, pt, pl
  'autore', // it
  'auteur', // fr
  'signature', // fr CMSes sign articles
  'firma', // es
  'credit',
  'reporter',
  'contributor',
];

/** Class / id fragments that mark a byline-looking element as something else (bios, comments, lists). */
export const BYLINE_EXCLUDE_WORDS: readonly string[] = [
  'comment',
  'comments',
  'bio',
  'avatar',
  'img',
  'image',
  'photo',
  'related',
  'more',
  'follow',
  'social',
  'share',
  'list',
];

/** Containers whose dates and names never describe the article (comments, sidebars, related links). */
export const NOISE_CONTAINER_WORDS: readonly string[] = [
  'comment',
  'comments',
  'sidebar',
  'related',
  'recommended',
  'popular',
  'trending',
  'footer',
  'widget',
  'newsletter',
  'promo',
];

/** Tags that are never the article's own header. */
export const NOISE_TAGS: ReadonlySet<string> = new Set(['aside', 'nav', 'footer']);

/** Words before a date that say it is not the publication date. */
export const UPDATED_CUE =
  /(?:updated|modified|edited|last\s+update|aktualisiert|ge(?:ä|ae)ndert|mis\s+à\s+jour|modifié|actualizado|atualizado|aggiornato|bijgewerkt|uppdaterad|opdateret|oppdatert)\W{0,3}$/i;

/** Class fragments that mark a <time> as the modification time. */
export const UPDATED_CLASS = /updated|modified|last-?mod|dateupdated/;

/** Class / id fragments of elements that state the publication date in words. */
export const DATE_CLASS_WORDS: readonly string[] = [
  'date',
  'dateline',
  'time',
  'timestamp',
  'posted',
  'published',
  'pubdate',
  'meta',
  'byline',
  'info',
];

/** Limits that keep metadata bounded on hostile pages. */
export const METADATA_LIMITS = {
  /** Real JSON-LD blocks are < 50 kB; a megabyte is a page gone wrong and not worth parsing. */
  JSON_LD_MAX_CHARS: 1_000_000,
  /** Pages carry 1–5 blocks; more are repeated widgets. */
  JSON_LD_MAX_BLOCKS: 20,
  /** Objects visited per page across all blocks (a big @graph has ~100). */
  JSON_LD_MAX_NODES: 5_000,
  /** Real JSON-LD nests < 10 deep; deeper is not metadata. */
  JSON_LD_MAX_DEPTH: 24,
  /** A byline or date element's text is short; longer ones are paragraphs, not bylines. */
  SHORT_TEXT_MAX: 200,
  /** Nodes read to get one element's short text (bounds the cost of nested byline classes). */
  SHORT_TEXT_MAX_NODES: 200,
  /** Elements inspected for bylines and dates (big pages have ~30k; the article header comes well before). */
  SCAN_MAX_ELEMENTS: 50_000,
  /** The text fallback for dates and bylines looks this far into the body. */
  BODY_HEAD_CHARS: 500,
  /** A person's name is at most this many words ("Maria de la Cruz Fernández Ortega" is 6). */
  NAME_MAX_WORDS: 6,
  NAME_MAX_CHARS: 64,
} as const;
