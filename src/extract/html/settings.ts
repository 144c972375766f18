/**
 * Every tunable, tag set, regex and lexicon of main-content extraction, in one block, each with the
 * reason it exists. Calibrated on the dev split of the scrapinghub benchmark (`dateline eval extraction
 * --split dev`); the holdout split is only reported.
 */

export const CONTENT_TUNABLES = {
  /** A block shorter than this is a label, byline or link, not a paragraph of prose. */
  MIN_GOOD_CHARS: 80,
  /** Paragraphs of prose are mostly unlinked; teasers and menus are mostly links. */
  MAX_GOOD_LINK_DENSITY: 0.35,
  /** From this length on a block reads as sentences even when partly linked (a linked lead sentence). */
  LONG_BLOCK_CHARS: 150,
  /** ... so it may carry this much more link text and still be prose. */
  LONG_BLOCK_LINK_DENSITY: 0.6,
  /** Non-prose text inside a candidate costs this much per char, so containers stay tight. */
  BAD_TEXT_PENALTY: 0.35,
  /** Linked text is the surest sign of chrome: it costs this much more than other non-prose text. */
  LINK_TEXT_PENALTY: 1.0,
  /** Score multiplier for a container that says it is the article (class/id, itemprop, <article>). */
  POSITIVE_CUE_BONUS: 1.0,
  /** Multiplier for itemprop=articleBody, the strongest statement a page makes about its body. */
  ARTICLE_BODY_BONUS: 2,
  /** An element holding the majority of the page's unlinked text is never dropped by a cue (it wraps the story). */
  DROP_GUARD_SHARE: 0.5,
  /** How many levels above the best block a declared article container (class, itemprop) is looked for. */
  DECLARED_MAX_UP: 2,
  /** ... and the most link text it may hold to be taken instead (a declared body full of links is a list). */
  DECLARED_MAX_LINK_DENSITY: 0.5,
  /** A sibling of the chosen container is merged when its score reaches this share of the best. */
  SIBLING_SHARE: 0.2,
  /** ... and at least this many chars of prose, so stray teasers are not merged. */
  SIBLING_MIN_GOOD: 150,
  /** A kept block whose text is more than this share of links is navigation. */
  MAX_KEEP_LINK_DENSITY: 0.8,
  /** A short prose block between two link-heavy blocks is a teaser (headline, blurb, headline). */
  TEASER_MAX_CHARS: 250,
  /** Link density above which a neighbouring block counts as a link (a headline, a menu entry). */
  LINKY_NEIGHBOUR_DENSITY: 0.5,
  /** A heading at least this long that the page <title> contains is the story's title, not body. */
  MIN_TITLE_CHARS: 15,
  /** Trailing list items at least this linked are a "more stories" list, trimmed with the labels. */
  TAIL_LINK_LIST_DENSITY: 0.3,
  /** A leading paragraph of at most this many chars and three words, with no sentence marks, is a kicker label. */
  MAX_LABEL_CHARS: 30,
  /** Lines shorter than this are checked against the chrome patterns (bylines, credits, labels). */
  CHROME_LINE_MAX_CHARS: 120,
  /** Below this many chars the DOM result is poor and the structured hints are tried. */
  POOR_RESULT_CHARS: 250,
  /** JSON-LD articleBody wins when the DOM text is shorter than this share of it (DOM missed parts). */
  JSONLD_PREFERRED_RATIO: 0.5,
  /** Only this much of a class/id string is read (hostile pages carry megabyte attributes). */
  MAX_CLASS_CHARS: 400,
  /** JSON-LD bodies longer than this are not parsed (bounded work on hostile pages). */
  MAX_JSONLD_CHARS: 2_000_000,
} as const;

/** Elements that start and end a block of text; everything else is inline. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'html',
  'body',
  'main',
  'article',
  'section',
  'div',
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'figure',
  'figcaption',
  'header',
  'footer',
  'nav',
  'aside',
  'form',
  'fieldset',
  'address',
  'center',
  'details',
  'hr',
]);

/** Block tags that mark real structure (a table row holding any of these is layout, not data). */
export const STRUCTURE_TAGS: ReadonlySet<string> = new Set([
  'p',
  'div',
  'table',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'section',
  'article',
]);

/**
 * Tags never dropped for their class: a linked name inside a sentence often carries classes like
 * "tag" or "related-link", and dropping it would cut words out of the sentence.
 */
export const CLASS_DROP_EXEMPT_TAGS: ReadonlySet<string> = new Set(['a']);

/** Tags whose content is page chrome or widgets, never article prose. */
export const DROP_TAGS: ReadonlySet<string> = new Set([
  'nav',
  'aside',
  'footer',
  'header',
  'form',
  'button',
  'select',
  'option',
  'textarea',
  'input',
  'label',
  'dialog',
  'menu',
  'figcaption',
  'audio',
  'video',
  'picture',
]);

/** Tags that say "this is the article". */
export const POSITIVE_TAGS: ReadonlySet<string> = new Set(['article', 'main']);

/** Non-prose block kinds trimmed off the start of the content: bare labels (kickers, bylines, dates). */
export const LEAD_TRIM_KINDS: ReadonlySet<string> = new Set(['other']);

/** ... and off the end: labels and headings ("More stories"), never list items or paragraphs. */
export const TAIL_TRIM_KINDS: ReadonlySet<string> = new Set(['heading', 'other']);

/** Heading tags (kept as blocks; the first h1 becomes the heading). */
export const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Class/id words that mark chrome, matched against each word of a class or id split on `-`, `_`,
 * spaces and camelCase humps. Exact words: short ones that would match inside unrelated words.
 */
export const NEGATIVE_WORDS: ReadonlySet<string> = new Set([
  'ad',
  'ads',
  'adv',
  'advert',
  'advertisement',
  'advertising',
  'dfp',
  'gpt',
  'nav',
  'navbar',
  'navigation',
  'menu',
  'footer',
  'header',
  'masthead',
  'share',
  'sharing',
  'shares',
  'sharebar',
  'related',
  'comment',
  'comments',
  'promo',
  'promotion',
  'banner',
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'subscribe',
  'subscription',
  'newsletter',
  'signup',
  'caption',
  'credit',
  'credits',
  'sidebar',
  'widget',
  'breadcrumb',
  'breadcrumbs',
  'tags',
  'tag',
  'topics',
  'bio',
  'byline',
  'author',
  'authors',
  'dateline',
  'timestamp',
  'date',
  'published',
  'updated',
  'meta',
  'popup',
  'modal',
  'overlay',
  'sponsor',
  'sponsored',
  'outbrain',
  'taboola',
  'recommended',
  'recommendations',
  'trending',
  'popular',
  'invisible',
  'offscreen',
  'skip',
  'toolbar',
  'print',
  'rail',
  'more',
  'next',
  'prev',
  'pagination',
  'login',
  'disclaimer',
  'copyright',
  'survey',
  'poll',
  'signin',
  'follow',
  'teaser',
  'teasers',
  'tooltip',
  'lightbox',
  'gallery',
  'slideshow',
  'carousel',
  'video',
  'player',
  'kicker',
  'standfirst',
  'subline',
  'dek',
  'subtitle',
  'strapline',
  'subheadline',
  // The same chrome words in the languages of the pages we see most.
  'titulo',
  'titre',
  'titel',
  'autor',
  'auteur',
  'fecha',
  'datum',
  'compartir',
  'partager',
  'teilen',
  'anzeige',
  'werbung',
  'publicidad',
  'pubblicita',
  'kommentare',
  'comentarios',
  'commentaires',
]);

/** Long chrome words, matched as substrings of the class/id (they never occur inside body words). */
export const NEGATIVE_SUBSTRING_RE =
  /comment|sharing|share-|related|newsletter|subscri|cookie|promo|sidebar|widget|breadcrumb|advert|sponsor|outbrain|taboola|recommend|trending|most-?popular|mostread|read-?more|disqus|relacionad|visually-?hidden|sr-only|screen-?reader/;

/** Class/id words that mark the article body. */
export const POSITIVE_WORDS: ReadonlySet<string> = new Set([
  'article',
  'articlebody',
  'body',
  'content',
  'entry',
  'post',
  'story',
  'storybody',
  'text',
  'main',
  'prose',
  'richtext',
]);

/** Embedded posts quoted in the body (tweets, Instagram posts): their wrappers are kept whatever their class. */
export const EMBED_CLASS_RE = /twitter-tweet|instagram-media|tiktok-embed|fb-post/;

/**
 * Compound class/id names that say "this is the story's body" as plainly as itemprop=articleBody
 * ("article-body", "story_text", "entry-content", "post-content", "body-copy"), weighed like it.
 */
export const BODY_CLASS_RE =
  /(article|story|entry|post|news)[-_]?(body|content|text|copy)(?![a-z])|articlebody|storybody|body[-_]?(text|copy)(?![a-z])/i;

/** Inline `style` values that hide an element. */
export const HIDDEN_STYLE_RE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/**
 * Short lines that are chrome wherever they appear: labels, share and subscription prompts, photo
 * credits, "advertisement" slots, bylines and date-only lines.
 */
export const CHROME_LINE_PATTERNS: readonly RegExp[] = [
  // Advertisement and sponsor labels.
  /^(advertisement|advertising|anzeige|werbung|publicité|publicidad|pubblicità|reklama|iklan|sponsored( content)?|ad)$/i,
  // Share, follow and subscribe prompts.
  /^(share|share this( article| story| page| post)?|share (on|via) .{1,30}|tweet( this)?|e-?mail( this)?|print( this)?|follow us|subscribe( now)?|sign up|log ?in|register)[.!:]?$/i,
  // Calls to follow the outlet on social networks or get its newsletter.
  /\b(follow|like|join)\b.{0,60}\bon (facebook|twitter|instagram|youtube|linkedin|telegram)\b/i,
  /\b(subscribe|sign up|sign-up|register)\b.{0,80}\b(newsletters?|inbox)\b|\b(newsletters?|inbox)\b.{0,80}\b(subscribe|sign up)\b/i,
  // "Read more", "See also", "Related:" and similar pointers to other pages.
  /^(read more|see also|related( articles| stories| coverage| content)?|more on|more from|recommended|trending|most (read|popular|viewed)|next article|previous article|continue reading)\b/i,
  // Photo and video credits.
  /^(photo|image|picture|video|illustration|graphic|file photo|credit|photograph)s?( by)?\s*[:|/]/i,
  /\b(getty images|shutterstock|afp via getty|ap photo|reuters\/|\(ap\)$|\(reuters\)$|photo credit)\b/i,
  // Bylines on their own line.
  /^(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor)\s+\p{Lu}[\p{L}.'’-]+(\s+(\p{Lu}[\p{L}.'’-]+|and|&|,|de|van|von))*\s*$/u,
  // A byline followed by its publication stamp: "Par X, avec AFP - Publié le 20/11/2025".
  /^(?:[Bb]y|BY|[Pp]ar|[Pp]or|[Vv]on|[Dd]i|[Dd]oor)\s+\p{Lu}[^.!?]{0,80}?[,|·•–—-]\s*(?:[Pp]ublished|[Uu]pdated|[Pp]ubli[ée]|[Mm]is à jour|[Pp]ublicado|[Aa]ctualizado|[Vv]eröffentlicht|[Aa]ktualisiert|[Pp]ubblicato|[Aa]ggiornato)(?!\p{L})/u,
  // Date-only and "Updated ..." lines.
  /^(published|updated|last updated|posted|modified)\b.{0,60}$/i,
  /^[\p{L}]{0,10},?\s*\d{1,2}[./ ]\s*[\p{L}.]{0,12}\s*\d{2,4}(,?\s+\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?\s*[A-Z]{0,4})?$/iu,
  /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}.{0,25}$/i,
  /^\d{1,2}:\d{2}\s*([ap]\.?m\.?)?\s*[A-Z]{0,4}$/i,
  // Copyright lines.
  /^(©|\(c\)|copyright)\s/i,
  // Comment-section and filing labels.
  /^(\d+\s+)?(comments?|leave a (comment|reply)|post a comment|show comments|view comments)$/i,
  /^(filed under|posted in|categories|category|tagged|tags)\s*:/i,
  // Post-meta lines: "12/05/2018 - Posted by Name - Category: X".
  /^(.{0,30}[-|•·]\s*)?(posted|publicado|publié|pubblicato|veröffentlicht) (by|por|par|da|von)\b/i,
  /^like this (story|article|post)\?/i,
  // Pointers to more content.
  /^(don'?t miss|you may also like|you might also like|also read|also on|more:|must read|editor'?s picks?)\b/i,
  // Affiliate disclosures and contact sign-offs.
  /\b(affiliate|referral) (links?|commission)\b/i,
  /^write to .{1,80}@[\w.-]+\.\w+\.?$/i,
  // Gallery counters.
  /^(image|photo|slide|picture) \d+ (of|\/) \d+$/i,
  // Reading-time labels.
  /^\d+\s*(min|minute)s?\s*(read|de lecture|lesezeit)?$/i,
  /^(reading time|tempo de leitura|temps de lecture|lesezeit|tiempo de lectura)\s*:?\s*\d+/i,
];

/** Keys of JSON-LD objects whose text is the article body. */
export const JSONLD_BODY_KEYS: readonly string[] = ['articleBody', 'text'];

/** itemprop values that mark the article body. */
export const ARTICLE_BODY_ITEMPROPS: ReadonlySet<string> = new Set(['articlebody', 'text', 'reviewbody']);
