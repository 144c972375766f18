import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalAgency, parseAuthors } from './authors.js';

describe('parseAuthors', () => {
  const cases: [string, string, string[], string[]][] = [
    ['prefix and shouting', 'BY JANE DOE', ['Jane Doe'], []],
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
    ['Russian prefix', 'Текст: Венера Ерофеева', ['Венера Ерофеева'], []],
    ['agency with a beat', 'By Tom Krisher, AP Auto Writer', ['Tom Krisher'], ['Associated Press']],
    [
      'agency after the name without a comma',
      'Tom Davies Associated Press',
      ['Tom Davies'],
      ['Associated Press'],
    ],
    ['hyphenated title', 'Analysis by Chris Cillizza, CNN Editor-at-large', ['Chris Cillizza'], []],
    ['credentials', 'Ilana Muhlstein, MS, RDN', ['Ilana Muhlstein'], []],
    ['publication domain', 'Troy L. Smith, Cleveland.com', ['Troy L. Smith'], []],
    [
      'publication after a full stop',
      'Finian Cunningham. Sputnik International',
      ['Finian Cunningham', 'Sputnik International'],
      [],
    ],
    ['a desk is not a person', 'The Water Coolest', [], []],
    ['interface text', 'Sort by Relevance Title Date', [], []],
    ['handle after the role', 'Tom Gillespie\nNews reporter @TomGillespie1', ['Tom Gillespie'], []],
    ['date glued to the name', 'Carrie ArnoldNovember 15, 2019', ['Carrie Arnold'], []],
    ['site name plus words', 'Riverside Courier News Desk', [], []],
    ['place after the role', 'By Jane Doe, Chief Political Correspondent, in Brussels', ['Jane Doe'], []],
  ];
  for (const [what, input, people, agencies] of cases)
    it(what, () =>
      assert.deepEqual(parseAuthors(input, { siteNames: ['Riverside Courier'] }), { people, agencies }),
    );

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
    ['Agence France-Presse', 'AFP'],
    ['(AFP)', 'AFP'],
    ['dpa', 'dpa'],
    ['Deutsche Presse-Agentur', 'dpa'],
    ['Xinhua News Agency', 'Xinhua'],
    ['Jane Doe', null],
    ['Reuters Street', null],
  ];
  for (const [input, want] of cases) it(input, () => assert.equal(canonicalAgency(input), want));
});
