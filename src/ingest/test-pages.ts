/**
 * Test pages written for the ingest tests (never copies of real pages): news-like HTML articles whose
 * sentences come from a small seeded generator, so that different seeds give different articles
 * (no shared 4-word shingles to speak of) and one seed always gives the same one.
 */
const PEOPLE = ['Maria Lund', 'Tomas Berg', 'Ana Ruiz', 'Peter Okafor', 'Lena Vogt', 'Omar Haddad'];
const PLACES = ['Eastport', 'Vellmar', 'Rosholm', 'Kingsford', 'Alder Bay', 'Treviso'];
const SUBJECTS = [
  'the council',
  'the union',
  'the ministry',
  'the company',
  'the court',
  'the police',
  'residents',
];
const VERBS = ['approved', 'rejected', 'announced', 'delayed', 'criticised', 'reviewed', 'funded', 'opened'];
const OBJECTS = [
  'a new bridge',
  'the budget',
  'a school repair plan',
  'the harbour project',
  'a rail link',
  'the water tariff',
  'a housing scheme',
  'the night bus service',
  'a wind farm',
  'the hospital wing',
];
const TAILS = [
  'after a long debate',
  'on Tuesday',
  'despite objections',
  'for the third time',
  'with broad support',
  'late on Friday',
  'without a vote',
  'ahead of the winter',
];

function rng(seed: number): () => number {
  let x = (seed * 2654435761) >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

const pick = <T>(r: () => number, a: readonly T[]): T => a[Math.floor(r() * a.length)]!;

/** The paragraphs of article `seed`. */
export function articleParagraphs(seed: number, paragraphs = 4): string[] {
  const r = rng(seed + 1);
  const out: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const sentences: string[] = [];
    for (let s = 0; s < 3; s++) {
      const who = pick(r, PEOPLE);
      const n = 10 + Math.floor(r() * 990);
      const subject = pick(r, SUBJECTS);
      sentences.push(
        `In ${pick(r, PLACES)}, ${subject} ${pick(r, VERBS)} ${pick(r, OBJECTS)} ${pick(r, TAILS)}, ${who} said, and ${n} people were affected in case ${seed}-${p}-${s}.`,
      );
    }
    out.push(sentences.join(' '));
  }
  return out;
}

/** A whole page: navigation, the article, a footer; `chrome` varies the boilerplate only. */
export function articlePage(seed: number, chrome = 0): string {
  const title = `Report ${seed}: ${articleParagraphs(seed, 1)[0]!.split(',')[0]}`;
  const nav = ['Home', 'World', 'Business', 'Sport', 'Culture'].slice(0, 3 + (chrome % 3));
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>
<meta property="article:published_time" content="2024-03-${String(1 + (seed % 28)).padStart(2, '0')}"></head>
<body><nav>${nav.map((n) => `<a href="/${n.toLowerCase()}">${n}</a>`).join(' ')}</nav>
<article><h1>${title}</h1>
${articleParagraphs(seed)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
</article>
<aside>${chrome ? `<p>Most read ${chrome}: weather, markets</p>` : ''}</aside>
<footer>© ${2020 + chrome} Example Gazette · <a href="/about">About</a></footer></body></html>`;
}

/** An HTTP/1.1 response message as a crawler stores it. */
export function httpResponse(
  body: string | Buffer,
  headers: Record<string, string> = {},
  status = 200,
): Buffer {
  const head = Object.entries({ 'Content-Type': 'text/html; charset=utf-8', ...headers })
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('');
  return Buffer.concat([Buffer.from(`HTTP/1.1 ${status} X\r\n${head}\r\n`), Buffer.from(body)]);
}

/** One WARC record (headers, payload, CRLF CRLF). */
export function warcRecord(
  type: string,
  uri: string,
  payload: Buffer,
  extra: Record<string, string> = {},
): Buffer {
  const headers = {
    'WARC-Type': type,
    'WARC-Target-URI': uri,
    'WARC-Date': '2024-03-05T10:00:00Z',
    'WARC-Record-ID': `<urn:uuid:${uri.length}-${payload.length}>`,
    'Content-Type': type === 'response' ? 'application/http; msgtype=response' : 'application/warc-fields',
    'Content-Length': String(payload.length),
    ...extra,
  };
  const head = Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('');
  return Buffer.concat([Buffer.from(`WARC/1.0\r\n${head}\r\n`), payload, Buffer.from('\r\n\r\n')]);
}
