import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { goldTitle, parseNif, unescapeTurtle } from './nif.js';

/** An invented two-mention document in the NIF/Turtle shape of the gold sets. */
export const SAMPLE_TTL = `@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .

<http://example.org/doc/1#char=0,40> a nif:Context ;
    nif:beginIndex "0"^^xsd:nonNegativeInteger ;
    nif:isString "Putin met \\"Hollande\\" in Paris on Monday." .

<http://example.org/doc/1#char=0,5> a nif:Phrase ;
    nif:anchorOf "Putin" ;
    nif:beginIndex "0"^^xsd:nonNegativeInteger ;
    nif:endIndex "5"^^xsd:nonNegativeInteger ;
    nif:referenceContext <http://example.org/doc/1#char=0,40> ;
    itsrdf:taIdentRef <http://en.wikipedia.org/wiki/Vladimir_Putin> .

<http://example.org/doc/1#char=24,29> a nif:Phrase ;
    nif:anchorOf "Paris" ;
    nif:beginIndex "24"^^xsd:nonNegativeInteger ;
    nif:endIndex "29"^^xsd:nonNegativeInteger ;
    nif:referenceContext <http://example.org/doc/1#char=0,40> ;
    itsrdf:taIdentRef <http://dbpedia.org/resource/Paris> .

<http://example.org/doc/1#char=11,19> a nif:Phrase ;
    nif:anchorOf "Hollande" ;
    nif:beginIndex "11"^^xsd:nonNegativeInteger ;
    nif:endIndex "19"^^xsd:nonNegativeInteger ;
    nif:referenceContext <http://example.org/doc/1#char=0,40> ;
    itsrdf:taIdentRef <http://aksw.org/notInWiki/Hollande> .
`;

describe('NIF reader', () => {
  it('reads documents and their mentions in offset order', () => {
    const [doc, ...rest] = parseNif(SAMPLE_TTL);
    assert.equal(rest.length, 0);
    assert.equal(doc!.text, 'Putin met "Hollande" in Paris on Monday.');
    assert.deepEqual(
      doc!.mentions.map((m) => [m.start, m.end, m.anchor, m.title]),
      [
        [0, 5, 'Putin', 'Vladimir_Putin'],
        [11, 19, 'Hollande', null],
        [24, 29, 'Paris', 'Paris'],
      ],
    );
    for (const m of doc!.mentions) assert.equal(doc!.text.slice(m.start, m.end), m.anchor);
  });

  const titles: Array<[string, string | null]> = [
    ['http://en.wikipedia.org/wiki/Iran', 'Iran'],
    ['http://dbpedia.org/resource/Ally_Financial', 'Ally_Financial'],
    ['http://aksw.org/notInWiki/Motorola_Inc', null],
  ];
  for (const [url, want] of titles) it(`gold title of ${url}`, () => assert.equal(goldTitle(url), want));

  it('unescapes Turtle strings', () => {
    assert.equal(unescapeTurtle('a\\"b\\\\c\\nd\\u00e9'), 'a"b\\c\nd\u00e9');
  });
});
