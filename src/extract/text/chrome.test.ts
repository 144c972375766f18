import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHROME_PATTERNS } from './chrome.js';

const isChromeShape = (line: string): boolean => CHROME_PATTERNS.some((p) => p.pattern.test(line));

describe('CHROME_PATTERNS: caption credits of any agency', () => {
  const cases: [string, boolean][] = [
    ['Rescue workers search the rubble in Karvia on Tuesday. (SRN 24/Ana Petric)', true],
    ['Rescue workers search the rubble in Karvia on Tuesday. (Ana Petric/SRN 24)', true],
    ['Smoke over the port at dawn. (KNA/Jan de Wit)', true],
    ['Smoke over the port at dawn. (EPA-EFE/Tomas R. Reyes)', true],
    ['Candles at the gates of the market (NWS / Lina Okafor)', true],
    ['The loan was approved on Friday (IMF/World Bank).', false],
    ['The loan was approved on Friday (IMF/World Bank)', false],
    ['The resolution passed after a long night (UN/Security Council)', false],
    ['The ministry gave its figures (Interior Ministry/Karvia)', false],
    ['Prices rose by 4% (year/year) in March', false],
    [
      'A long paragraph of ordinary prose that runs on and on about the market, its stalls, the traders who ' +
        'worked there for decades and the families who came every Saturday morning to buy bread and fruit ' +
        'before the blast changed everything for them (SRN 24/Ana Petric)',
      false,
    ],
  ];
  for (const [line, chrome] of cases) {
    it(`${chrome ? 'credit' : 'not a credit'}: ${line.slice(0, 60)}`, () =>
      assert.equal(isChromeShape(line), chrome));
  }
});
