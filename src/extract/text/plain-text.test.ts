import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  bylineNames,
  extractPlainText,
  isDateStamp,
  normaliseChrome,
  stampDate,
  unglueAltText,
} from './plain-text.js';

const P1 =
  'Rescue teams worked through the night to reach villages cut off by the landslide, officials said on Wednesday.';
const P2 =
  'The regional governor said at least 300 families had been moved to schools and sports halls in the valley.';
const P3 =
  'Forecasters expect more heavy rain over the weekend, and roads in the area remain closed to traffic.';

function page(top: string[], body: string[], bottom: string[]): string {
  return [...top, ...body, ...bottom].join('\n');
}

describe('extractPlainText: chrome lines in several languages', () => {
  const cases: [string, string[], string[]][] = [
    [
      'en',
      ['Home', 'Menu', 'Share this:', 'Facebook Twitter WhatsApp'],
      ['Related Articles', 'Back to top button'],
    ],
    [
      'fr',
      ['Accueil', 'Partager', 'Publicité'],
      ['Articles similaires', 'Tous droits réservés © Le Matin 2015'],
    ],
    ['de', ['Startseite', 'Teilen', 'Anzeige'], ['Mehr zum Thema', 'Alle Rechte vorbehalten.']],
    [
      'es',
      ['Portada', 'Compartir', 'Publicidad'],
      ['Noticias relacionadas', 'Todos los derechos reservados.'],
    ],
    ['it', ['Home', 'Condividi', 'Pubblicità'], ['Articoli correlati', 'Tutti i diritti riservati']],
    ['pt', ['Início', 'Partilhar', 'Publicidade'], ['Notícias relacionadas', 'Todos os direitos reservados']],
    ['ar', ['الرئيسية', 'مشاركة', 'إعلان'], ['أخبار ذات صلة', 'جميع الحقوق محفوظة']],
  ];
  for (const [lang, top, bottom] of cases) {
    it(`drops ${lang} chrome around the body and keeps every paragraph`, () => {
      const r = extractPlainText(
        page(['Landslide cuts off mountain villages', ...top], [P1, P2, P3], bottom),
      );
      assert.equal(r.text, [P1, P2, P3].join('\n\n'));
      assert.equal(r.title, 'Landslide cuts off mountain villages');
    });
  }

  it('drops counters, ad-blocker and cookie notices, and inline ads inside the body', () => {
    const r = extractPlainText(
      page(
        ['Landslide cuts off mountain villages', 'This news has been read 8093 times!'],
        [P1, 'Advertisement', P2, 'READ MORE: Floods hit the north again', P3],
        ['We detected that you are using an ad blocker.', 'We use cookies to improve your experience.'],
      ),
    );
    assert.equal(r.text, [P1, P2, P3].join('\n\n'));
  });

  it('drops lines repeated elsewhere in the page but keeps the first copy of a repeated long sentence', () => {
    const teaser = 'Storm warning for the coast';
    const r = extractPlainText(
      page([teaser, 'Landslide cuts off mountain villages'], [P1, P2, P1, P3], ['Related News', teaser]),
    );
    assert.equal(r.text, [P1, P2, P3].join('\n\n'));
  });

  it('does not let readers’ comments after a comment heading become the body', () => {
    const comment =
      'I have lived in this valley for forty years and I have never seen the river this high, it is frightening.';
    const r = extractPlainText(
      page(
        ['Landslide cuts off mountain villages'],
        [P1, P2],
        ['12 Comments', comment, comment.replace('forty', 'fifty'), comment.replace('forty', 'sixty')],
      ),
    );
    assert.equal(r.text, [P1, P2].join('\n\n'));
  });

  it('takes authors from a byline and drops wire credit lines', () => {
    const r = extractPlainText(
      page(
        ['Landslide cuts off mountain villages', 'By Jane Doe and John Roe, Reuters'],
        [P1, P2, P3],
        ['(Reporting by Jane Doe; Editing by Mark Lee)'],
      ),
    );
    assert.deepEqual(r.authors, ['Jane Doe', 'John Roe']);
    assert.ok(!r.text.includes('Reporting by'));
  });

  it('starts the body at a dateline glued to image alt text, or standing on its own line', () => {
    const glued = extractPlainText(
      page(['Landslide cuts off mountain villages'], [`rescue workersLIMA, Peru (AFP) - ${P1}`, P2], []),
    );
    assert.ok(glued.text.startsWith(`LIMA, Peru (AFP) - ${P1}`));
    const alone = extractPlainText(
      page(['Landslide cuts off mountain villages'], ['LIMA (Reuters) -', P1, P2], []),
    );
    assert.ok(alone.text.startsWith(`LIMA (Reuters) - ${P1}`));
  });

  it('keeps a short last paragraph but not a call to action after it', () => {
    const r = extractPlainText(
      page(
        ['Landslide cuts off mountain villages'],
        [P1, P2, 'He declined to comment.'],
        ['Sign up for our newsletter.'],
      ),
    );
    assert.equal(r.text, [P1, P2, 'He declined to comment.'].join('\n\n'));
  });

  it('prefers a repeated headline over a nearer line, but not a repeated menu item', () => {
    const headline = 'Landslide cuts off mountain villages';
    const r = extractPlainText(
      page(
        [headline, 'Police and Fire News', headline, 'Rescuers search for survivors'],
        [P1, P2],
        ['Police and Fire News'],
      ),
    );
    assert.equal(r.title, headline);
    const menu = extractPlainText(
      page(['Police and Fire News', headline], [P1, P2], ['Police and Fire News']),
    );
    assert.equal(menu.title, headline);
  });

  it('reads prose in scripts written without spaces (Japanese)', () => {
    const ja = [
      '東京都は十七日、大雨による土砂崩れで通行止めとなっていた山間部の道路を、十九日から再開すると発表した。',
      '都によると、復旧工事は予定より二日早く終わり、地元の住民や観光業者からは安堵の声が上がっている。',
    ];
    const r = extractPlainText(page(['山間部の道路、十九日に再開へ', 'ホーム', 'シェア'], ja, ['関連記事']));
    assert.equal(r.text, ja.join('\n\n'));
    assert.equal(r.title, '山間部の道路、十九日に再開へ');
  });

  it('treats "X says:" comment headers as the start of the comment section', () => {
    const comment =
      'I have lived in this valley for forty years and I have never seen the river this high, it is frightening.';
    const r = extractPlainText(
      page(
        ['Landslide cuts off mountain villages'],
        [P1, P2],
        [
          'Jenny T. says:',
          comment,
          'Reply',
          'Mark W. says:',
          comment.replace('forty', 'fifty'),
          'Reply',
          'Ann L. says:',
          comment.replace('forty', 'sixty'),
        ],
      ),
    );
    assert.equal(r.text, [P1, P2].join('\n\n'));
  });

  it('rejoins hard-wrapped paragraphs', () => {
    const r = extractPlainText(
      'Landslide cuts off mountain villages\nRescue teams worked through the night to reach villages cut off\nby the landslide, officials said on Wednesday.\n' +
        P2,
    );
    assert.equal(r.text, [P1, P2].join('\n\n'));
  });

  it('rejoins hard-wrapped paragraphs whose lines start with a capital or a figure', () => {
    // Wrapped at 60 columns: two lines open with a name or a number, not a lower-case word.
    const wrapped = [
      'Landslide cuts off mountain villages',
      '',
      'Rescue teams from the regional capital worked through the',
      'night to reach the villages cut off by the landslide near',
      'Valmora and Castelbrun, officials of the civil protection',
      'agency said on Wednesday. The governor said that at least',
      '300 families had been moved to schools and sports halls in',
      'the valley, and that the main road would stay closed until',
      'Friday.',
    ].join('\n');
    const r = extractPlainText(wrapped);
    assert.equal(r.title, 'Landslide cuts off mountain villages');
    assert.equal(r.text, wrapped.split('\n').slice(2).join(' '));
  });

  it('warns when there is no title or no body', () => {
    const noTitle = extractPlainText([P1, P2].join('\n'));
    assert.deepEqual(
      noTitle.warnings.map((w) => w.code),
      ['no-title'],
    );
    const nothing = extractPlainText('Home\nMenu\nShare\n\nAdvertisement');
    assert.deepEqual(nothing.warnings.map((w) => w.code).sort(), ['no-body', 'no-title']);
    assert.equal(nothing.text, '');
  });

  it('runs in time linear in the input on 5 MB of text', () => {
    // A guard against super-linear blow-ups, robust to a loaded machine: 10× the input may take at most
    // ~30× the time (linear with slack), never the 100× of a quadratic pass.
    const sized = (k: number) =>
      `${'Menu\n'.repeat(20_000 * k)}${`${P1}\n`.repeat(2_000 * k)}${'x'.repeat(200_000 * k)}`;
    const timed = (input: string) => {
      const t = performance.now();
      const r = extractPlainText(input);
      return { r, ms: performance.now() - t };
    };
    const big = sized(10);
    assert.ok(big.length > 5_000_000);
    const small = timed(sized(1));
    const large = timed(big);
    assert.ok(
      large.ms < 30 * small.ms + 1000,
      `${large.ms.toFixed(0)} ms vs ${small.ms.toFixed(0)} ms for a tenth`,
    );
    assert.ok(large.r.text.startsWith(P1));
    const line = 'the river rose through the night and the roads out of the valley were closed\n';
    const w1 = timed(line.repeat(7_000));
    const w10 = timed(line.repeat(70_000));
    assert.ok(w10.ms < 30 * w1.ms + 1000, `${w10.ms.toFixed(0)} ms vs ${w1.ms.toFixed(0)} ms for a tenth`);
    assert.ok(w10.r.text.length > 5_000_000);
  });
});

describe('plain-text helpers', () => {
  it('reads the publication date from a stamp above the body, not an update stamp', () => {
    const r = extractPlainText(
      page(
        [
          'Landslide cuts off mountain villages',
          'Updated: Nov. 18, 2015',
          'Published: Nov. 17, 2015 at 3:22 PM',
        ],
        [P1, P2],
        [],
      ),
    );
    assert.equal(r.published, '2015-11-17');
    assert.equal(extractPlainText([P1, P2].join('\n')).published, null);
  });
  it('reads stamp dates in several forms and refuses ambiguous ones', () => {
    const cases: [string, string | null][] = [
      ['November 17, 2015 10:42 AM GMT', '2015-11-17'],
      ['17.11.2015, 14:20 Uhr', '2015-11-17'],
      ['Publié le 17/11/2015 à 09:32', '2015-11-17'],
      ['Posted 11/17/2015', '2015-11-17'],
      ['2 de febrero de 2020', '2020-02-02'],
      ['2015-11-17T10:00:00Z', '2015-11-17'],
      ['03/04/2015', null],
      ['Feb 30, 2015', null],
    ];
    for (const [text, iso] of cases) assert.equal(stampDate(text), iso, text);
  });
  it('normalises chrome lines', () => {
    assert.equal(normaliseChrome('» Related Articles:'), 'related articles');
  });
  it('recognises date stamps but not headlines with a year', () => {
    assert.ok(isDateStamp('November 17, 2015 10:42 AM GMT'));
    assert.ok(isDateStamp('17.11.2015, 14:20 Uhr'));
    assert.ok(!isDateStamp('Election 2024: what the polls say'));
  });
  it('reads byline names and refuses sentences', () => {
    assert.deepEqual(bylineNames('By MARIA GONZALEZ, Associated Press'), ['Maria Gonzalez']);
    assert.deepEqual(bylineNames('By JANE ROE and DEREK HOLLOWAY Associated Press'), [
      'Jane Roe',
      'Derek Holloway',
    ]);
    assert.deepEqual(bylineNames('Por Ana de la Cruz | 2 de febrero de 2020'), ['Ana de la Cruz']);
    assert.equal(bylineNames('By the end of the week, the river had fallen.'), null);
    assert.equal(bylineNames('De Gaulle’s legacy still divides the party'), null);
  });
  const placed: [string, string[] | null][] = [
    ['By Ruta Mekonen in Derevan', ['Ruta Mekonen']],
    ['By Callum Dervish at Harbour Road', ['Callum Dervish']],
    ['By Ana Petric in Karvia and Tomas Reyes in Port Alba', ['Ana Petric', 'Tomas Reyes']],
    ['By Ruta Mekonen · Derevan', ['Ruta Mekonen']],
    ['By Nightfall in Karvia the streets were empty', null],
    ['By Tuesday at Noon', null],
  ];
  for (const [line, names] of placed) {
    it(`byline with a place: ${line}`, () => assert.deepEqual(bylineNames(line), names));
  }
  it('cuts alt text only where a dateline follows', () => {
    assert.equal(
      unglueAltText('parisPARIS, Nov 17 (Reuters) - Police said.'),
      'PARIS, Nov 17 (Reuters) - Police said.',
    );
    assert.equal(
      unglueAltText('iPhone sales rose in LONDON last year.'),
      'iPhone sales rose in LONDON last year.',
    );
  });
});
