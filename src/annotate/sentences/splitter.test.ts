import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { annotatorContract } from '../contract.js';
import { tokenize } from '../tokens/tokenizer.js';
import { sentenceSplitter } from './index.js';
import { splitSentences } from './splitter.js';

function sentences(text: string): string[] {
  return splitSentences(text, tokenize(text)).map((s) => text.slice(s.start, s.end));
}

/** Input → expected sentences. Written for these tests. */
const CASES: Array<[string, string[]]> = [
  // 1. terminal punctuation
  ['One. Two.', ['One.', 'Two.']],
  ['Is it? Yes! Fine.', ['Is it?', 'Yes!', 'Fine.']],
  ['What?! No way.', ['What?!', 'No way.']],
  ['He paused… Then he spoke.', ['He paused…', 'Then he spoke.']],
  ['He paused... then spoke.', ['He paused... then spoke.']],
  ['No final stop here', ['No final stop here']],
  ['Prices rose 3.5 percent. Shares fell.', ['Prices rose 3.5 percent.', 'Shares fell.']],
  ['It ended in 2015. 2016 was worse.', ['It ended in 2015.', '2016 was worse.']],
  ['See example.com. It works.', ['See example.com.', 'It works.']],
  // 2. closing quotes and brackets stay with their sentence
  ['"We will win." The crowd cheered.', ['"We will win."', 'The crowd cheered.']],
  ['“We will win.” The crowd cheered.', ['“We will win.”', 'The crowd cheered.']],
  ['He left (for good.) She stayed.', ['He left (for good.)', 'She stayed.']],
  ['He said: "Stop." "Why?" she asked.', ['He said: "Stop."', '"Why?" she asked.']],
  ['"Why?" he asked.', ['"Why?" he asked.']],
  ['“Who are you?” she said.', ['“Who are you?” she said.']],
  ['"Why?", he asked.', ['"Why?", he asked.']],
  ['Yahoo! said it would.', ['Yahoo! said it would.']],
  ["'Go home.' He went.", ["'Go home.'", 'He went.']],
  [
    'He said "we start in Africa. "\n\nThe project grew.',
    ['He said "we start in Africa. "', 'The project grew.'],
  ],
  ['"Go. " Then "Stop." "Now."', ['"Go. "', 'Then "Stop."', '"Now."']],
  ['" It is over . " " We won . "', ['" It is over . "', '" We won . "']],
  ['He won . " I am happy , " he said .', ['He won .', '" I am happy , " he said .']],
  // detached straight quotes late in the text and across paragraphs (quote parity, computed on first need)
  [
    'First line . " Quoted . " Then more .\n\nNew para " x . " Y went .',
    ['First line .', '" Quoted . "', 'Then more .', 'New para " x . "', 'Y went .'],
  ],
  ['No quotes here . " A . " B . " C . " D .', ['No quotes here .', '" A . "', 'B .', '" C . "', 'D .']],
  [
    'Marlow ( U.K. ) beat Tasso ( U.S. ) 7-5 6-2 in the final.',
    ['Marlow ( U.K. ) beat Tasso ( U.S. ) 7-5 6-2 in the final.'],
  ],
  // 3. abbreviations and initials
  ['Gen. Smith arrived. He spoke.', ['Gen. Smith arrived.', 'He spoke.']],
  ['Mr. and Mrs. Jones left.', ['Mr. and Mrs. Jones left.']],
  ['Dr. No. 1 fan.', ['Dr. No. 1 fan.']],
  ['J. R. R. Tolkien wrote it.', ['J. R. R. Tolkien wrote it.']],
  ['George W. Bush spoke.', ['George W. Bush spoke.']],
  ['She is tired, so am I. We rest now.', ['She is tired, so am I.', 'We rest now.']],
  ['It weighs less than the Sun. It is small.', ['It weighs less than the Sun.', 'It is small.']],
  ['The ranking:\n1. Smith\n2. Jones', ['The ranking:\n1. Smith', '2. Jones']],
  ['The U.S. Army said so.', ['The U.S. Army said so.']],
  ['It happened in the U.S. The next day it spread.', ['It happened in the U.S.', 'The next day it spread.']],
  ['Shares of Apple Inc. rose.', ['Shares of Apple Inc. rose.']],
  ['He works for Apple Inc. It makes phones.', ['He works for Apple Inc.', 'It makes phones.']],
  ['Apple Inc. Chief Executive Tim Cook spoke.', ['Apple Inc. Chief Executive Tim Cook spoke.']],
  ['Martin Luther King Jr. But the crowd stayed.', ['Martin Luther King Jr.', 'But the crowd stayed.']],
  ['It starts at 9 a.m. Officials will speak.', ['It starts at 9 a.m. Officials will speak.']],
  ['It starts at 9 a.m. The officials will speak.', ['It starts at 9 a.m.', 'The officials will speak.']],
  ['It was signed on Nov. 17 in Paris.', ['It was signed on Nov. 17 in Paris.']],
  ['Talks resume in Sept. The envoy agreed.', ['Talks resume in Sept.', 'The envoy agreed.']],
  ['He lives on Main St. In June he moved.', ['He lives on Main St.', 'In June he moved.']],
  ['He visited St. Louis twice.', ['He visited St. Louis twice.']],
  ['He said no. Then he left.', ['He said no.', 'Then he left.']],
  ['Apples, pears, etc. were sold.', ['Apples, pears, etc. were sold.']],
  ['It was the U.S." He left.', ['It was the U.S."', 'He left.']],
  ['He lives in the U.S. "It is great," he said.', ['He lives in the U.S.', '"It is great," he said.']],
  ['He lives in the U.S. “It is great.”', ['He lives in the U.S.', '“It is great.”']],
  ['They fought the U.S. "war on terror" abroad.', ['They fought the U.S. "war on terror" abroad.']],
  ['Sen. Rep. Gov. Lt. Col. Smith came.', ['Sen. Rep. Gov. Lt. Col. Smith came.']],
  // 4. paragraphs and lines
  ['First para\n\nSecond para', ['First para', 'Second para']],
  ['Ends with Mr.\n\nNext para.', ['Ends with Mr.', 'Next para.']],
  ['A quote: "Yes,\n\nno."', ['A quote: "Yes,', 'no."']],
  [
    'Putin vows revenge\nMoscow promised action on Tuesday.',
    ['Putin vows revenge', 'Moscow promised action on Tuesday.'],
  ],
  ['The minister said\nthat talks had failed.', ['The minister said\nthat talks had failed.']],
  ['Talks continue,\nOfficials say.', ['Talks continue,\nOfficials say.']],
  // (A preposition of time before a month, a weekday or a number on the next line takes it as its object.)
  [
    'THE COUNCIL WILL VOTE ON THE HARBOUR PLAN IN\nAPRIL. THE MAYOR HAS NOT SAID HOW SHE WILL VOTE.',
    ['THE COUNCIL WILL VOTE ON THE HARBOUR PLAN IN\nAPRIL.', 'THE MAYOR HAS NOT SAID HOW SHE WILL VOTE.'],
  ],
  [
    'Ferry crossings between the two islands will resume on\n14 May after repairs.',
    ['Ferry crossings between the two islands will resume on\n14 May after repairs.'],
  ],
  ['Log in\nMonday, 12 March', ['Log in', 'Monday, 12 March']],
  ['How to sign in\nSettings', ['How to sign in', 'Settings']],
  ['Line one\r\n\r\nLine two', ['Line one', 'Line two']],
  ['Para one\u2029Para two', ['Para one', 'Para two']],
  // 5. datelines
  [
    'PARIS, Nov 17 (Reuters) - The attacks killed 129. Police said so.',
    ['PARIS, Nov 17 (Reuters) - The attacks killed 129.', 'Police said so.'],
  ],
  ['PARIS, Nov. 17, (RTRS): The attacks killed 129.', ['PARIS, Nov. 17, (RTRS): The attacks killed 129.']],
  ['WASHINGTON (AP) — The Senate voted.', ['WASHINGTON (AP) — The Senate voted.']],
  ['Paris, Nov 17 (Reuters)\nThe attacks killed 129.', ['Paris, Nov 17 (Reuters)\nThe attacks killed 129.']],
  ['LONDON -\nShares rose.', ['LONDON -\nShares rose.']],
  [
    'Markets rallied\nLONDON (Reuters) - Shares rose.',
    ['Markets rallied', 'LONDON (Reuters) - Shares rose.'],
  ],
  // 6. other scripts
  ['Привет. Как дела?', ['Привет.', 'Как дела?']],
  ['قال الرئيس. ثم غادر.', ['قال الرئيس.', 'ثم غادر.']],
  ['東京都に住む。大阪に行く。', ['東京都に住む。', '大阪に行く。']],
  ['هل أنت هنا؟ نعم.', ['هل أنت هنا؟', 'نعم.']],
  // 7. hard-wrapped text: a line break where the next word would not fit is a space
  [
    "The harbour board postponed its vote on ferry fares until March, after\nCouncillor Anna Brisk asked for an independent review of the operator's\naccounts. The board meets again on Friday.",
    [
      "The harbour board postponed its vote on ferry fares until March, after\nCouncillor Anna Brisk asked for an independent review of the operator's\naccounts.",
      'The board meets again on Friday.',
    ],
  ],
  [
    "The harbour board postponed its vote on ferry fares until March, after\r\nCouncillor Anna Brisk asked for an independent review of the operator's\r\naccounts.",
    [
      "The harbour board postponed its vote on ferry fares until March, after\r\nCouncillor Anna Brisk asked for an independent review of the operator's\r\naccounts.",
    ],
  ],
  [
    'The board had been expected to approve a rise in fares of 4 percent in\n2026 and another of 3 percent the year after, according to its\nminutes.',
    [
      'The board had been expected to approve a rise in fares of 4 percent in\n2026 and another of 3 percent the year after, according to its\nminutes.',
    ],
  ],
  [
    'FLOODWATERS CUT THE MAIN ROAD BETWEEN THE TWO VALLEY TOWNS ON MONDAY\nNIGHT, AND RESCUE CREWS REACHED THE STRANDED FAMILIES BY BOAT EARLY\nTUESDAY MORNING.  OFFICIALS SAID NO ONE WAS HURT IN THE TWO TOWNS.',
    [
      'FLOODWATERS CUT THE MAIN ROAD BETWEEN THE TWO VALLEY TOWNS ON MONDAY\nNIGHT, AND RESCUE CREWS REACHED THE STRANDED FAMILIES BY BOAT EARLY\nTUESDAY MORNING.',
      'OFFICIALS SAID NO ONE WAS HURT IN THE TWO TOWNS.',
    ],
  ],
  [
    '   THE MINISTRY SAID THAT REPAIRS TO THE DAMAGED PIPELINE WOULD TAKE\nSEVERAL WEEKS AND THAT FUEL WOULD BE RATIONED IN THE NORTHERN PROVINCES\nUNTIL THEN.\n\n   A SPOKESMAN ADDED THAT THE CREWS HAD BEEN WORKING SINCE DAWN\nDESPITE THE RAIN.',
    [
      'THE MINISTRY SAID THAT REPAIRS TO THE DAMAGED PIPELINE WOULD TAKE\nSEVERAL WEEKS AND THAT FUEL WOULD BE RATIONED IN THE NORTHERN PROVINCES\nUNTIL THEN.',
      'A SPOKESMAN ADDED THAT THE CREWS HAD BEEN WORKING SINCE DAWN\nDESPITE THE RAIN.',
    ],
  ],
  // an abbreviation at a wrap reads as before a space: a name goes on, a sentence starter starts
  [
    'Negotiators said on Tuesday that the draft treaty would first be sent to\nlawmakers and trade officials in the capital, and to the members of the\nbanking committee and its staff in the upper chamber of Congress in the U.S.\nSenate before the vote, and that a summary would be published in the U.S.\nThe next round of talks opens in Oslo on the first Monday of June.',
    [
      'Negotiators said on Tuesday that the draft treaty would first be sent to\nlawmakers and trade officials in the capital, and to the members of the\nbanking committee and its staff in the upper chamber of Congress in the U.S.\nSenate before the vote, and that a summary would be published in the U.S.',
      'The next round of talks opens in Oslo on the first Monday of June.',
    ],
  ],
  // a line ending in a word a phrase cannot stop on goes on, wrapped text or not
  ['ENVOYS FROM THE\nTWO COUNTRIES MET TODAY.', ['ENVOYS FROM THE\nTWO COUNTRIES MET TODAY.']],
  [
    'Talks between the envoys of\nNorland and Sudmark resumed.',
    ['Talks between the envoys of\nNorland and Sudmark resumed.'],
  ],
  // 8. real breaks kept in hard-wrapped text
  [
    'Storm Closes Mountain Pass For Third Day As Crews Clear Drifts\nSnowploughs worked through the night on the pass road, which has been\nshut since Sunday, and officials hope to reopen one lane by Thursday\nmorning if the wind drops as forecast.',
    [
      'Storm Closes Mountain Pass For Third Day As Crews Clear Drifts',
      'Snowploughs worked through the night on the pass road, which has been\nshut since Sunday, and officials hope to reopen one lane by Thursday\nmorning if the wind drops as forecast.',
    ],
  ],
  [
    'STORM CLOSES MOUNTAIN PASS FOR A THIRD DAY AS CREWS CLEAR DRIFTS\nSnowploughs worked through the night on the pass road, which has been\nshut since Sunday, and officials hope to reopen one lane by Thursday\nmorning if the wind drops as forecast.',
    [
      'STORM CLOSES MOUNTAIN PASS FOR A THIRD DAY AS CREWS CLEAR DRIFTS',
      'Snowploughs worked through the night on the pass road, which has been\nshut since Sunday, and officials hope to reopen one lane by Thursday\nmorning if the wind drops as forecast.',
    ],
  ],
  [
    'Ferry Fares To Rise In Spring After Board Approves New Timetable\nHarbour Tunnel Reopens Early As Engineers Finish Repairs Ahead Of Plan\nCity Library Extends Opening Hours For Students During Exam Season',
    [
      'Ferry Fares To Rise In Spring After Board Approves New Timetable',
      'Harbour Tunnel Reopens Early As Engineers Finish Repairs Ahead Of Plan',
      'City Library Extends Opening Hours For Students During Exam Season',
    ],
  ],
  [
    "Harbour board delays vote on ferry fares after independent review\nThe board will meet again in March to consider the operator's figures.",
    [
      'Harbour board delays vote on ferry fares after independent review',
      "The board will meet again in March to consider the operator's figures.",
    ],
  ],
  [
    'The council agreed on three measures that will take effect next year,\nafter a long debate in which several members asked for more time\n- Lower fares for pupils and pensioners on every route in the district\n- A new timetable with later evening crossings in the summer months',
    [
      'The council agreed on three measures that will take effect next year,\nafter a long debate in which several members asked for more time',
      '- Lower fares for pupils and pensioners on every route in the district',
      '- A new timetable with later evening crossings in the summer months',
    ],
  ],
  [
    'The council agreed on three measures that will take effect next year,\nafter a long debate in which several members asked for more time\n1. Lower fares for pupils and pensioners on every route in the district\n2. A new timetable with later evening crossings in the summer months',
    [
      'The council agreed on three measures that will take effect next year,\nafter a long debate in which several members asked for more time',
      '1. Lower fares for pupils and pensioners on every route in the district',
      '2. A new timetable with later evening crossings in the summer months',
    ],
  ],
  [
    "By Maria Lund\nOSLO, May 4 - The harbour board postponed its vote on ferry fares\nuntil March, after Councillor Anna Brisk asked for an independent review\nof the operator's accounts, which had been delayed twice this year.",
    [
      'By Maria Lund',
      "OSLO, May 4 - The harbour board postponed its vote on ferry fares\nuntil March, after Councillor Anna Brisk asked for an independent review\nof the operator's accounts, which had been delayed twice this year.",
    ],
  ],
  [
    'Rainfall totals in the district over the weekend were the highest since\nrecords began, the weather office said, and more rain is expected today\n\nNorthby 42 mm\nEastwick 37 mm\nWestmoor 29 mm',
    [
      'Rainfall totals in the district over the weekend were the highest since\nrecords began, the weather office said, and more rain is expected today',
      'Northby 42 mm',
      'Eastwick 37 mm',
      'Westmoor 29 mm',
    ],
  ],
  [
    'Officials said the pass road would stay closed until the wind dropped.\nSnowploughs worked through the night to clear the drifts near the top\nof the pass, where the snow lay deepest after three days of storms.',
    [
      'Officials said the pass road would stay closed until the wind dropped.',
      'Snowploughs worked through the night to clear the drifts near the top\nof the pass, where the snow lay deepest after three days of storms.',
    ],
  ],
  // 9. lower-cased text: a lower-case word after a terminal starts a sentence
  [
    'the council met on monday. it agreed to lower the fares. officials said the vote was close.',
    ['the council met on monday.', 'it agreed to lower the fares.', 'officials said the vote was close.'],
  ],
  [
    'Filed 3 May 2021\n\nnorthby: the ferry board met on friday to discuss the summer timetable. it postponed the vote on fares until the operator had published its accounts. members asked for an independent review of the figures. the next meeting will be held in the town hall in june.',
    [
      'Filed 3 May 2021',
      'northby: the ferry board met on friday to discuss the summer timetable.',
      'it postponed the vote on fares until the operator had published its accounts.',
      'members asked for an independent review of the figures.',
      'the next meeting will be held in the town hall in june.',
    ],
  ],
  [
    'the mayor asked, "why now?" he left the hall. she said: "the fares will rise." the board agreed. it was late.',
    [
      'the mayor asked, "why now?" he left the hall.',
      'she said: "the fares will rise."',
      'the board agreed.',
      'it was late.',
    ],
  ],
  // …not in text with capitals, whose terminals before lower case are abbreviations cut off or ellipses
  [
    'Mix 1 tsp . oil with 2 tsp . salt and then 4 oz . rice.',
    ['Mix 1 tsp . oil with 2 tsp . salt and then 4 oz . rice.'],
  ],
  // 10. edge cases
  ['', []],
  ['   \n\n ', []],
  ['.', ['.']],
  ['!!! ???', ['!!!', '???']],
  ['👍 Great. 👎 Bad.', ['👍 Great.', '👎 Bad.']],
];

describe('splitSentences', () => {
  for (const [input, expected] of CASES) {
    it(`splits ${JSON.stringify(input)}`, () => {
      assert.deepEqual(sentences(input), expected);
    });
  }

  it('records each sentence’s token range, covering every token once', () => {
    const text = 'Gen. Smith came. "Why?" he asked.\n\nThen he left';
    const toks = tokenize(text);
    const sents = splitSentences(text, toks);
    assert.equal(sents.length, 3);
    let next = 0;
    for (const s of sents) {
      assert.equal(s.tokenStart, next);
      assert.equal(s.start, toks[s.tokenStart]!.start);
      assert.equal(s.end, toks[s.tokenEnd - 1]!.end);
      next = s.tokenEnd;
    }
    assert.equal(next, toks.length);
  });
});

describe('splitSentences on hostile input (bounded time)', () => {
  const MB = 5 * 1024 * 1024;
  const hostile: Array<[string, () => string]> = [
    ['5 MB with no spaces', () => 'a'.repeat(MB)],
    ['1 MB of mixed punctuation', () => '.,;:!?()"\''.repeat(100_000)],
    ['5 MB of newlines', () => '\n'.repeat(MB)],
    ['1 MB of words on single lines', () => 'Word\n'.repeat(200_000)],
    ['1 MB of abbreviations', () => 'U.S. Gen. J. '.repeat(80_000)],
    ['emoji and right-to-left text', () => '👨‍👩‍👧 قال الرئيس. '.repeat(50_000)],
    ['1 MB of hard-wrapped capitals', () => `${'WORD '.repeat(14)}END\n`.repeat(14_000)],
    [
      '1 MB of lines of every width',
      () => Array.from({ length: 20_000 }, (_, k) => 'x '.repeat(k % 60)).join('\n'),
    ],
  ];
  for (const [what, make] of hostile) {
    it(`copes with ${what}`, { timeout: 30_000 }, () => {
      const text = make();
      const sents = splitSentences(text, tokenize(text));
      for (let k = 1; k < sents.length; k++) assert.ok(sents[k]!.start >= sents[k - 1]!.end);
    });
  }
});

describe('sentence-splitter annotator', () => {
  annotatorContract(sentenceSplitter, [
    'PARIS, Nov 17 (Reuters) - Gen. J. R. Smith’s aide said $50m. "Why?" he asked.',
    'Headline\nBody text.\n\nSecond paragraph!',
    'قال الرئيس. 東京都に住む。',
    '...!?"\'()',
  ]);
});

describe('splitSentences on random text (seeded)', () => {
  const PIECES = [
    'The',
    'said',
    'U.S.',
    'Inc.',
    'Mr.',
    'J.',
    'PARIS',
    '(Reuters)',
    ' - ',
    ' ',
    ' ',
    '\n',
    '\n\n',
    '.',
    '!',
    '?',
    '...',
    '"',
    '“',
    '”',
    "'",
    ')',
    ',',
    ':',
    '1.',
    '17',
    'it',
    'In',
    '東京。',
    'قال؟',
    '👍',
  ];
  it('partitions the tokens into contiguous, ordered sentences', () => {
    let seed = 17;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let round = 0; round < 2000; round++) {
      let text = '';
      const len = 1 + Math.floor(next() * 30);
      for (let k = 0; k < len; k++) text += PIECES[Math.floor(next() * PIECES.length)];
      const toks = tokenize(text);
      const sents = splitSentences(text, toks);
      let expected = 0;
      for (const s of sents) {
        assert.equal(s.tokenStart, expected, JSON.stringify(text));
        assert.ok(s.tokenEnd > s.tokenStart, JSON.stringify(text));
        assert.equal(s.start, toks[s.tokenStart]!.start);
        assert.equal(s.end, toks[s.tokenEnd - 1]!.end);
        expected = s.tokenEnd;
      }
      assert.equal(expected, toks.length, JSON.stringify(text));
    }
  });
});

describe('splitSentences on texts held in different ways', () => {
  it('splits a rope, a slice of a longer string and one flat string alike (it reads a flat copy)', () => {
    let rope = '';
    for (let k = 0; k < 20; k++) rope += `Sentence ${k} ends here. "Quoted?" he asked.\nA headline\n\n`;
    const flat = JSON.parse(JSON.stringify(rope)) as string;
    const slice = `xx${rope}yy`.slice(2, -2);
    const expected = JSON.stringify(splitSentences(flat, tokenize(flat)));
    assert.ok(rope.length >= 256);
    assert.equal(JSON.stringify(splitSentences(rope, tokenize(rope))), expected);
    assert.equal(JSON.stringify(splitSentences(slice, tokenize(slice))), expected);
    assert.equal(splitSentences(flat, tokenize(flat)).length, 60);
  });
});
