import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHtml } from '../html/tree.js';
import { canonicalAgency, parseAuthors } from './authors.js';
import { extractMetadata } from './index.js';

describe('parseAuthors', () => {
  const cases: [string, string, string[], string[]][] = [
    ['prefix and shouting', 'BY JANE DOE', ['Jane Doe'], []],
    ['place after "in"', 'By Ruta Mekonen in Derevan', ['Ruta Mekonen'], []],
    ['two-word place after "at"', 'By Callum Dervish at Harbour Road', ['Callum Dervish'], []],
    [
      'place after each name',
      'By Ana Petric in Karvia and Tomas Reyes in Port Alba',
      ['Ana Petric', 'Tomas Reyes'],
      [],
    ],
    ['particle name with a place', 'Pieter de Vries at The Hague', ['Pieter de Vries'], []],
    ['agency after "at"', 'By Sam Porter at Reuters', ['Sam Porter'], ['Reuters']],
    ['lower-case place words stay (not a place)', 'By Jane Doe in the valley', [], []],
    ['place after a middle dot', 'Ruta Mekonen · Derevan', ['Ruta Mekonen'], []],
    [
      'two-word place after a middle dot',
      'By Callum Dervish · Harbour Road · 5 min read',
      ['Callum Dervish'],
      [],
    ],
    ['agency after a middle dot', 'Ruta Mekonen · Reuters', ['Ruta Mekonen'], ['Reuters']],
    [
      'two names joined by and before a dot',
      'Ana Petric and Tomas Reyes · Karvia',
      ['Ana Petric', 'Tomas Reyes'],
      [],
    ],
    ['a pipe still separates people', 'Ana Petric | Tomas Reyes', ['Ana Petric', 'Tomas Reyes'], []],
    ['two people with and', 'By Jane Doe and John Roe', ['Jane Doe', 'John Roe'], []],
    [
      'list with comma and ampersand',
      'Anna Berg, Lars Holm & Eva Lind',
      ['Anna Berg', 'Lars Holm', 'Eva Lind'],
      [],
    ],
    ['role after a comma', 'By Tom Reed, Staff Writer', ['Tom Reed'], []],
    ['role without comma', 'Tom Reed Senior Correspondent', ['Tom Reed'], []],
    ['e-mail and pipe', 'By John Smith | john.smith@example.com', ['John Smith'], []],
    ['date after the name', 'Written by Helen Price on 17 Nov 2015', ['Helen Price'], []],
    [
      '"Posted by" is a prefix, not a status word',
      'Posted by Dan Whitfield at 8:15 AM',
      ['Dan Whitfield'],
      [],
    ],
    ['status word after the name', 'Maria Lopez Updated 2 hours ago', ['Maria Lopez'], []],
    ['person with agency suffix', 'By Jane Doe | Reuters', ['Jane Doe'], ['Reuters']],
    ['agency staff', 'By Reuters Staff', [], ['Reuters']],
    ['agency with article', 'By The Associated Press', [], ['Associated Press']],
    ['German', 'Von Jens Müller und Petra Schmidt', ['Jens Müller', 'Petra Schmidt'], []],
    ['French', 'Par Claire Dubois', ['Claire Dubois'], []],
    ['Spanish', 'Por Lucía Fernández y Pablo Ruiz', ['Lucía Fernández', 'Pablo Ruiz'], []],
    ['Irish name in capitals', "By MARK O'NEILL", ["Mark O'Neill"], []],
    ['particle kept', 'Pieter de Vries', ['Pieter de Vries'], []],
    ['duplicate removed', 'Jane Doe, JANE DOE', ['Jane Doe'], []],
    ['a sentence is not a name', 'By the time the council voted, it was late', [], []],
    ['weekday after By', 'By Monday, the council', [], []],
    ['URL dropped', 'https://www.facebook.com/someone', [], []],
    ['site name is not an author', 'Riverside Courier', [], []],
    ['name starting like a prefix', 'Byron Avery', ['Byron Avery'], []],
    ['Cyrillic', 'Ирина Соколова', ['Ирина Соколова'], []],
    ['Russian prefix', 'Текст: Ольга Миронова', ['Ольга Миронова'], []],
    ['agency with a beat', 'By Sam Porter, AP Energy Writer', ['Sam Porter'], ['Associated Press']],
    [
      'agency after the name without a comma',
      'Nina Hollis Associated Press',
      ['Nina Hollis'],
      ['Associated Press'],
    ],
    ['hyphenated title', 'Analysis by Owen Marsh, Deputy Editor-in-chief', ['Owen Marsh'], []],
    ['credentials', 'Rosa Kendrick, MD, MPH', ['Rosa Kendrick'], []],
    ['publication domain', 'Dana K. Whitley, Lakeport.com', ['Dana K. Whitley'], []],
    [
      'publication after a full stop is not a person',
      'Margaret Ellison. Harbour Lights International',
      ['Margaret Ellison'],
      [],
    ],
    ['publication after a comma is not a person', 'By Carl Brandt, Valley Times', ['Carl Brandt'], []],
    ['a desk is not a person', 'The Weekend Roundup', [], []],
    ['interface text', 'Sort by Relevance Title Date', [], []],
    ['handle after the role', 'Lena Fairweather\nNews reporter @lenafair_news', ['Lena Fairweather'], []],
    ['date glued to the name', 'Jonas WebbMarch 3, 2021', ['Jonas Webb'], []],
    ['site name plus words', 'Riverside Courier News Desk', [], []],
    ['place after the role', 'By Jane Doe, Chief Political Correspondent, in Brussels', ['Jane Doe'], []],
  ];
  for (const [what, input, people, agencies] of cases)
    it(what, () =>
      assert.deepEqual(parseAuthors(input, { siteNames: ['Riverside Courier'] }), { people, agencies }),
    );

  it('e-mail removal stays fast on hostile input', () => {
    const hostile = 'a@'.repeat(1000);
    const t0 = performance.now();
    for (let i = 0; i < 10; i++) parseAuthors(hostile, { allowSingleWord: true });
    // A guard against pathological (quadratic) behaviour, not a speed test.
    assert.ok(performance.now() - t0 < 2000);
  });

  it('one-word names only when declared (meta, JSON-LD)', () => {
    assert.deepEqual(parseAuthors('Madonna').people, []);
    assert.deepEqual(parseAuthors('Madonna', { allowSingleWord: true }).people, ['Madonna']);
    assert.deepEqual(parseAuthors('李明').people, ['李明']);
  });
});

describe('canonicalAgency', () => {
  const cases: [string, string | null][] = [
    ['Reuters', 'Reuters'],
    ['Thomson Reuters', 'Reuters'],
    ['AP', 'Associated Press'],
    ['the associated press', 'Associated Press'],
    ['Agence France-Presse', 'Agence France-Presse'],
    ['(AFP)', 'Agence France-Presse'],
    ['dpa', 'Deutsche Presse-Agentur'],
    ['Deutsche Presse-Agentur', 'Deutsche Presse-Agentur'],
    ['Xinhua News Agency', 'Xinhua'],
    ['Jane Doe', null],
    ['Reuters Street', null],
  ];
  for (const [input, want] of cases) it(input, () => assert.equal(canonicalAgency(input), want));
});

describe('hostile author meta tags', () => {
  it('ten meta author tags of 2,000 characters of "a@" extract in under 2 s', () => {
    const value = 'a@'.repeat(1000);
    const tags = Array.from({ length: 10 }, () => `<meta name="author" content="${value}">`).join('');
    const html = `<!doctype html><html><head>${tags}</head><body><p>Text.</p></body></html>`;
    const t0 = performance.now();
    const meta = extractMetadata(parseHtml(html), { nowYear: 2025 });
    // A guard against pathological (quadratic) behaviour, not a speed test.
    assert.ok(performance.now() - t0 < 2000, `${Math.round(performance.now() - t0)} ms`);
    assert.deepEqual(meta.authors, []);
  });
});
