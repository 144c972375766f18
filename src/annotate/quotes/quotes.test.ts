import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { annotatorContract, preparedDoc } from '../contract.js';
import type { EntityItem } from '../entities/index.js';
import { quoteFinder } from './index.js';
import { findQuotedSpans } from './marks.js';
import type { QuoteItem, QuoteKind } from './types.js';

/** Quotes of a text through the real pipeline (tokens → sentences → entities → quotes). */
function run(text: string): { quotes: readonly QuoteItem[]; entities: readonly EntityItem[] } {
  const doc = preparedDoc(quoteFinder, text);
  quoteFinder.annotate(doc);
  return { quotes: doc.getLayer<QuoteItem>('quotes'), entities: doc.getLayer<EntityItem>('entities') };
}

interface Case {
  what: string;
  text: string;
  /** The quote checked: the one whose text contains this. */
  content: string;
  /** Its exact text, when the test pins the boundaries. */
  exact?: string;
  kind?: QuoteKind;
  /** The speaker's text as written, or null for none. */
  speaker?: string | null;
  cue?: string | null;
  /** The name of the entity the speaker resolves to ('none' for an unnamed source). */
  entity?: string | 'none';
  description?: string;
}

const CASES: Case[] = [
  // A trailing speaker named with a prepositional phrase still closes the earlier cue's content.
  {
    what: '"…, a spokesman for the fire service told reporters" is a trailing attribution',
    text: 'Police believe the blaze was started by a heater, a spokesman for the fire service told reporters.',
    content: 'Police believe the blaze',
    exact: 'Police believe the blaze was started by a heater',
    speaker: 'a spokesman for the fire service',
    cue: 'told',
  },
  // A relative clause after an appositive noun is no trailing attribution.
  {
    what: '"…, a warning the police said was overdue" keeps the mayor\'s content whole',
    text: 'The mayor said residents should stay indoors, a warning the police said was overdue.',
    content: 'residents should stay indoors',
    exact: 'residents should stay indoors, a warning the police said was overdue',
    speaker: 'The mayor',
    cue: 'said',
  },
  // A two-word adverbial between subject and cue is neither.
  {
    what: '"in fact" between the subject and the cue is no source',
    text: 'The harbour board in fact predicted a sharp fall in traffic.',
    content: 'sharp fall',
    speaker: 'The harbour board',
    cue: 'predicted',
  },
  // An unnamed speaker's attribution at the sentence end closes the content of a cue before it.
  {
    what: 'a trailing "…, a senior officer told reporters" is no part of an earlier cue\'s content',
    text: 'Police believe the blaze was started by a faulty charger, a senior officer told reporters on Friday.',
    content: 'Police believe the blaze',
    exact: 'Police believe the blaze was started by a faulty charger',
    speaker: 'a senior officer',
    cue: 'told',
  },
  // A day before a determiner dates the statement; it is not part of the source.
  {
    what: 'a day before the subject is no part of the source ("On Wednesday the senator said")',
    text: 'On Wednesday the senator said that the harbour plan would fail.',
    content: 'harbour plan would fail',
    speaker: 'the senator',
    cue: 'said',
  },
  // A clitic 's after a pronoun is an auxiliary between source and cue.
  {
    what: 'a clitic \'s after a pronoun is no source ("He\'s said")',
    text: "He's said the island ferry plan is too costly.",
    content: 'ferry plan is too costly',
    speaker: 'He',
    cue: 'said',
  },
  // An expletive "it" before "appears"/"seems" reports nobody.
  {
    what: '"It appears that …" has no source',
    text: 'It appears that the island ferry will not sail on Monday.',
    content: 'ferry will not sail',
    speaker: null,
    cue: 'appears',
  },
  // With the content after the cue, the noun phrase after it is its object, not an inverted source.
  {
    what: 'after a plain comma, the object of the cue is no inverted source',
    text: 'Ann Lee (a former mayor of the old river town of Ostrava in the north), tweeted a warning that the old dam would fail within weeks.',
    content: 'dam would fail',
    speaker: 'Ann Lee',
    cue: 'tweeted',
  },
  // An opening aside before the first comma: the subject stands between the two commas.
  {
    what: 'an opening participle clause is no source, the name after it is',
    text: 'Walking along the quay, Mayor Ada Brenner, thanked the crews for their patience.',
    content: 'crews for their patience',
    speaker: 'Mayor Ada Brenner',
  },
  {
    what: 'an opening "Outside X," is no source',
    text: 'Outside the council, a growing number of residents, while still hopeful, are warning that the plan will fail.',
    content: 'plan will fail',
    speaker: 'a growing number of residents',
  },
  // The one who "was asked" is no source.
  {
    what: 'a passive "was asked" has no source',
    text: 'The harbour master was asked about the delayed ferries on Monday.',
    content: 'delayed ferries',
    speaker: null,
    cue: 'asked',
  },
  // A raising verb before a reporting verb reports its subject ("seemed to indicate").
  {
    what: 'a raising verb before a reporting verb keeps the source',
    text: 'The senator seemed to indicate that the harbour plan would fail.',
    content: 'harbour plan would fail',
    speaker: 'The senator',
  },
  // A participle's source is the main clause's subject, not a name in an opening subordinate clause.
  {
    what: 'an opening subordinate clause holds no subject for a participle ("Because X …, they …, blaming")',
    text: 'Because Lena Ortiz was abroad in May, they cut the timetable twice, blaming a shortage of crews.',
    content: 'shortage of crews',
    speaker: 'they',
    cue: 'blaming',
  },
  // A semicolon outside a quote ends the content's clause, on either side of the cue.
  {
    what: 'a content after its cue stops at a semicolon',
    text: 'Ana Ruiz said the ferry would run again on Monday; the bridge stays shut until spring.',
    content: 'ferry would run',
    exact: 'the ferry would run again on Monday',
    speaker: 'Ana Ruiz',
  },
  {
    what: 'a content before its cue starts after a semicolon',
    text: 'The bridge stays shut until spring; the ferry runs again on Monday, harbour officials said.',
    content: 'ferry runs',
    exact: 'the ferry runs again on Monday',
  },
  // After "told" comes the addressee, never an inverted source.
  {
    what: 'the addressee after "told" is no source (\'"…," X, an appositive, told the Ledger\')',
    text: '"The ferry will not sail until the storm has passed," Ada Brenner, a spokeswoman for the harbour board, told the Ledger.',
    content: 'ferry will not sail',
    speaker: 'Ada Brenner, a spokeswoman for the harbour board',
    cue: 'told',
  },
  // An opening aside before the subject and its appositive is no source.
  {
    what: 'an opening connective is no source ("However, X, an appositive, said")',
    text: 'However, Jo Marsh, the treasurer of the rowing club, said the boathouse roof would be repaired.',
    content: 'boathouse roof',
    speaker: 'Jo Marsh',
    cue: 'said',
  },
  {
    what: 'an opening time phrase is no source ("Just last week, X, an appositive, wrote")',
    text: 'Just last week, Tomas Lind, the editor of a small weekly in the valley, wrote that the mill would close.',
    content: 'mill would close',
    speaker: 'Tomas Lind',
  },
  // A contracted auxiliary between a pronoun and its cue is skipped: the pronoun is the source.
  {
    what: 'a clitic auxiliary is no source ("They’ve argued")',
    text: 'The bakers of Lindholm met the council again. They’ve long argued that the rent is too high.',
    content: 'rent is too high',
    speaker: 'They',
    cue: 'argued',
  },
  {
    what: 'a negated clitic is no source ("I can’t say")',
    text: 'I can’t say the plan will survive the winter.',
    content: 'plan will survive',
    speaker: 'I',
  },
  // A time phrase right after the cue is neither content nor source; a name ending in -ly is no adverb.
  {
    what: 'a time after the cue and a participle: the content is before the source',
    text: 'The ferry will sail again next week, Prime Minister Tomas Healy said late on Tuesday, adding that the port had reopened.',
    content: 'ferry will sail',
    exact: 'The ferry will sail again next week',
    speaker: 'Prime Minister Tomas Healy',
    cue: 'said',
  },
  {
    what: 'a time after the cue opens no content',
    text: 'Nordvik Bank said on Wednesday its quarterly profit rose 9 percent.',
    content: 'quarterly profit',
    exact: 'its quarterly profit rose 9 percent',
    speaker: 'Nordvik Bank',
    cue: 'said',
  },
  {
    what: 'the addressee after "told" is no content',
    text: 'Chief Executive Anja Vogel told analysts the bank would buy back shares.',
    content: 'buy back',
    exact: 'the bank would buy back shares',
    speaker: 'Chief Executive Anja Vogel',
    cue: 'told',
  },
  // Direct quotes: marks.
  {
    what: 'straight marks, cue after',
    text: '"We will rebuild the bridge by spring," Mayor Anna Kowalski said.',
    content: 'rebuild the bridge',
    exact: '"We will rebuild the bridge by spring,"',
    kind: 'direct',
    speaker: 'Mayor Anna Kowalski',
    cue: 'said',
    entity: 'Anna Kowalski',
  },
  {
    what: 'curly marks, cue after',
    text: '“The harvest was the worst in a decade,” said Pedro Alvarez, a farmer in the valley.',
    content: 'worst in a decade',
    exact: '“The harvest was the worst in a decade,”',
    kind: 'direct',
    speaker: 'Pedro Alvarez, a farmer in the valley',
    entity: 'Pedro Alvarez',
    cue: 'said',
  },
  {
    what: 'cue and colon before a quote',
    text: 'Helena Marsh told the council: “Nobody here wants another delay on the ring road.”',
    content: 'another delay',
    kind: 'direct',
    speaker: 'Helena Marsh',
    cue: 'told',
  },
  {
    what: 'a quote split around its cue keeps both parts',
    text: '“The budget is balanced,” Finance Minister Tomas Berg said, “and the surplus will go to schools.”',
    content: 'surplus will go',
    exact: '“and the surplus will go to schools.”',
    kind: 'direct',
    speaker: 'Finance Minister Tomas Berg',
    cue: 'said',
  },
  {
    what: 'nested single marks stay inside the double quote',
    text: '“They called it ‘a minor incident’ while the fire was still burning,” said Omar Haddad.',
    content: 'minor incident',
    exact: '“They called it ‘a minor incident’ while the fire was still burning,”',
    kind: 'direct',
    speaker: 'Omar Haddad',
  },
  {
    what: 'a quote of two sentences before its cue',
    text: '"We tried everything. The pumps simply failed," said Ingrid Holm, the plant manager.',
    content: 'We tried everything',
    exact: '"We tried everything. The pumps simply failed,"',
    kind: 'direct',
    speaker: 'Ingrid Holm, the plant manager',
  },
  {
    what: 'a pronoun speaker after the quote',
    text: 'Karl Weber spoke after the vote.\n\n"This is a good day for the town," he said.',
    content: 'good day',
    speaker: 'he',
    entity: 'Karl Weber',
  },
  {
    what: 'a quote running across paragraphs: the next paragraph reopens the mark',
    text:
      'Maria Lopez, the coach, said: "We lost the first half and we lost our heads.\n\n' +
      '"But the second half showed who we are, and I am proud of every player."',
    content: 'second half showed',
    kind: 'direct',
    speaker: 'Maria Lopez',
    cue: 'said',
  },
  {
    what: 'a short reopened paragraph continues a quote that took its speaker from the quote before it',
    text:
      '"The roof was never checked," said Ola Berg, the union chair. "We wrote to the owner in May. ' +
      'We wrote again in June.\n\n"Nothing came back."\n\nThe owner could not be reached.',
    content: 'Nothing came back',
    kind: 'direct',
    speaker: 'Ola Berg, the union chair',
    cue: 'said',
  },
  {
    what: 'a quote paragraph after a direct quote continues it (same speaker and cue)',
    text:
      '"The river rose two metres overnight," said Jonas Lind, the fire chief.\n\n' +
      '"We moved forty families before midnight and nobody was hurt in the end."',
    content: 'forty families',
    kind: 'direct',
    speaker: 'Jonas Lind, the fire chief',
    cue: 'said',
  },
  // Reported speech.
  {
    what: '"X said that ..."',
    text: 'Prime Minister Elena Rossi said that the border would reopen next week.',
    content: 'the border would reopen',
    exact: 'that the border would reopen next week',
    kind: 'indirect',
    speaker: 'Prime Minister Elena Rossi',
    cue: 'said',
    entity: 'Elena Rossi',
  },
  {
    what: '"X said ..." without that',
    text: 'Elena Rossi said the border would reopen next week.',
    content: 'the border would reopen',
    exact: 'the border would reopen next week',
    kind: 'indirect',
    speaker: 'Elena Rossi',
  },
  {
    what: '"according to X", content after',
    text: 'According to the Red Cross, more than 300 homes were destroyed by the storm.',
    content: '300 homes',
    exact: 'more than 300 homes were destroyed by the storm',
    kind: 'indirect',
    speaker: 'the Red Cross',
    cue: 'According to',
  },
  {
    what: '"..., according to X", content before',
    text: 'More than 300 homes were destroyed by the storm, according to the Red Cross.',
    content: '300 homes',
    exact: 'More than 300 homes were destroyed by the storm',
    speaker: 'the Red Cross',
    cue: 'according to',
  },
  {
    what: '"X told reporters ..."',
    text: 'General Mark Dunn told reporters the troops would leave the city by Friday.',
    content: 'troops would leave',
    exact: 'the troops would leave the city by Friday',
    speaker: 'General Mark Dunn',
    cue: 'told',
  },
  {
    what: '"X told reporters that ..."',
    text: 'Mark Dunn told reporters on Tuesday that the troops would leave the city.',
    content: 'troops would leave',
    exact: 'that the troops would leave the city',
    speaker: 'Mark Dunn',
  },
  {
    what: '"X said in televised comments that ..."',
    text: 'President Ivan Petrov said in televised comments that the talks had failed.',
    content: 'talks had failed',
    exact: 'that the talks had failed',
    speaker: 'President Ivan Petrov',
    cue: 'said',
  },
  {
    what: 'content first, then "officials said"',
    text: 'The airport will stay closed until Monday, officials said.',
    content: 'airport will stay closed',
    exact: 'The airport will stay closed until Monday',
    speaker: 'officials',
    entity: 'none',
  },
  {
    what: 'an intro phrase before the subject is not the content',
    text: 'At a rally in Leeds on Friday, Sarah Quinn said the plant would not close.',
    content: 'plant would not close',
    exact: 'the plant would not close',
    speaker: 'Sarah Quinn',
  },
  {
    what: 'an appositive between subject and cue',
    text: 'Daniel Okafor, a lawyer for the family, said the inquiry had ignored key witnesses.',
    content: 'inquiry had ignored',
    exact: 'the inquiry had ignored key witnesses',
    speaker: 'Daniel Okafor',
  },
  {
    what: 'a parenthetical between subject and cue',
    text: 'Sen. Marta Lindqvist (D-Ore.) said the bill would lower fuel prices by winter.',
    content: 'lower fuel prices',
    exact: 'the bill would lower fuel prices by winter',
    speaker: 'Sen. Marta Lindqvist',
    cue: 'said',
  },
  {
    what: 'a dashed appositive between subject and cue',
    text: 'Tomas Reyes -- a historian of the canal -- said the locks had never flooded before.',
    content: 'locks had never flooded',
    speaker: 'Tomas Reyes',
    cue: 'said',
  },
  {
    what: 'a second verb after "and" shares the source',
    text: 'Mayor Ines Varga praised the firefighters and called for a new station in the north district.',
    content: 'a new station',
    speaker: 'Mayor Ines Varga',
    cue: 'called',
  },
  {
    what: 'a title-case headline with its cue capitalised',
    text: 'Harbour Chief Says Ferry Service Will Resume In March\n\nThe ferry has been idle since the storm.',
    content: 'Ferry Service Will Resume',
    cue: 'Says',
  },
  {
    what: 'a possessive source of a claim noun',
    text: 'Reporters checked the mayor’s claim that the tunnel had come in under budget.',
    content: 'tunnel had come in',
    speaker: 'the mayor',
    cue: 'claim',
  },
  {
    what: 'an adverb between subject and cue',
    text: 'Lina Berg also said the museum would open a new wing in May.',
    content: 'new wing',
    speaker: 'Lina Berg',
    cue: 'said',
  },
  {
    what: '"vowed" as a cue',
    text: 'Governor Ruth Adams vowed to rebuild every school damaged by the flood.',
    content: 'rebuild every school',
    speaker: 'Governor Ruth Adams',
    cue: 'vowed',
  },
  {
    what: '"warned" as a cue, with an addressee',
    text: 'The central bank warned investors that inflation would stay high this year.',
    content: 'inflation would stay high',
    exact: 'that inflation would stay high this year',
    speaker: 'The central bank',
    cue: 'warned',
  },
  {
    what: '"announced" as a cue',
    text: 'Nordbank announced that it would cut 2,000 jobs in Sweden.',
    content: 'cut 2,000 jobs',
    speaker: 'Nordbank',
    cue: 'announced',
  },
  {
    what: '"added" as a cue',
    text: 'Paul Meyer added that the new line would open in 2028.',
    content: 'new line would open',
    speaker: 'Paul Meyer',
    cue: 'added',
  },
  {
    what: '"declined to ..." keeps the refusal as content',
    text: 'A spokesman for the ministry declined to comment on the report.',
    content: 'comment on the report',
    speaker: 'A spokesman for the ministry',
    cue: 'declined',
    entity: 'none',
  },
  {
    what: 'a partial quote inside reported speech is mixed',
    text: 'The minister said a "significant number" of strikes had hit military targets.',
    content: 'significant number',
    exact: 'a "significant number" of strikes had hit military targets',
    kind: 'mixed',
    speaker: 'The minister',
  },
  {
    what: 'a partial quote in single marks inside reported speech is mixed',
    text: "The minister said a 'significant number' of strikes had hit military targets.",
    content: 'significant number',
    kind: 'mixed',
  },
  {
    what: 'reported speech ending in a quote is mixed',
    text: 'Rosa Diaz said the new rules were "a disaster for small farmers" and should be dropped.',
    content: 'disaster for small farmers',
    kind: 'mixed',
    speaker: 'Rosa Diaz',
  },
  // Speakers.
  {
    what: 'an unnamed source with nationality and field',
    text: 'A French defence official said the jets had returned safely to base.',
    content: 'jets had returned',
    speaker: 'A French defence official',
    entity: 'none',
    description: 'A French defence official',
  },
  {
    what: 'an unnamed source after the cue',
    text: '"The jets returned safely to base," said a French defence official.',
    content: 'jets returned safely',
    speaker: 'a French defence official',
    entity: 'none',
    description: 'a French defence official',
  },
  {
    what: 'two unnamed sources',
    text: 'Two security officials and an airport employee said the blast came from a parked van.',
    content: 'blast came from',
    speaker: 'Two security officials and an airport employee',
    entity: 'none',
  },
  {
    what: 'an unnamed source who declined to be named',
    text: 'The gate was left open, said one of the security officials, who both declined to be named.',
    content: 'gate was left open',
    exact: 'The gate was left open',
    speaker: 'one of the security officials',
    entity: 'none',
    description: 'one of the security officials, who both declined to be named',
  },
  {
    what: 'she resolves to the nearest person',
    text: 'Olga Petrova won the vote on Sunday. She said the result was a clear mandate.',
    content: 'clear mandate',
    speaker: 'She',
    entity: 'Olga Petrova',
  },
  {
    what: 'he resolves to the nearest person, not an organisation',
    text: 'Siemens hired Thomas Klein in May. He said the company would expand in Asia.',
    content: 'expand in Asia',
    speaker: 'He',
    entity: 'Thomas Klein',
  },
  {
    what: 'a surname resolves to the full name',
    text: 'Vladimir Putin met the envoy on Monday. Putin said the war would end soon.',
    content: 'war would end',
    speaker: 'Putin',
    entity: 'Vladimir Putin',
  },
  {
    what: 'an organisation as speaker',
    text: 'The United Nations said aid convoys had reached the city of Aleppo.',
    content: 'aid convoys',
    speaker: 'The United Nations',
  },
  {
    what: 'an inverted named speaker',
    text: '"Prices will fall next year," said Laura Chen, an economist at Deutsche Bank.',
    content: 'Prices will fall',
    speaker: 'Laura Chen, an economist at Deutsche Bank',
    entity: 'Laura Chen',
  },
  {
    what: 'a speaker carried to the next paragraph of quotes',
    text:
      'Coach Ben Harper said: "We played with heart tonight and the fans carried us."\n\n' +
      '"Next week we face the champions, and we will be ready for them."',
    content: 'face the champions',
    speaker: 'Coach Ben Harper',
    cue: 'said',
  },
  {
    what: 'a quote paragraph right after reported speech is more of it: its speaker and its cue',
    text:
      'Police officials said the mountain road was closed.\n\n' +
      '"Nobody should travel tonight unless it is an emergency."',
    content: 'Nobody should travel',
    kind: 'direct',
    speaker: 'Police officials',
    cue: 'said',
    entity: 'none',
  },
  {
    what: "a quote after a participle's reported speech continues the direct quote before it",
    text:
      '"The count is not over yet," Ada Lee said, adding that the margin in the northern districts was ' +
      'small. "We expect to win this."',
    content: 'expect to win',
    kind: 'direct',
    speaker: 'Ada Lee',
    cue: 'said',
  },
  {
    what: 'a participle opening the sentence: the main clause subject is the source, the content ends at the comma',
    text: 'By criticising the harbour plan so openly, Mayor Ines Ward split her own council on Monday.',
    content: 'the harbour plan',
    exact: 'the harbour plan so openly',
    speaker: 'Mayor Ines Ward',
    cue: 'criticising',
  },
  {
    what: 'a quote sentence right after reported speech in the same paragraph shares its cue',
    text: 'Mara Quill said the bridge over the river would reopen in May. "We have the steel and the crews."',
    content: 'the steel and the crews',
    kind: 'direct',
    speaker: 'Mara Quill',
    cue: 'said',
  },
  {
    what: 'a second quote sentence after the cue joins the first',
    text: '"We saw the smoke at dawn," said Nadia Rahman. "Then the whole hillside was burning."',
    content: 'whole hillside',
    kind: 'direct',
    speaker: 'Nadia Rahman',
    cue: 'said',
  },
  {
    what: '"said of X," before a quote: the quote is the content',
    text: 'Karin Holt said of her rival, "He has never run anything bigger than a bakery."',
    content: 'bigger than a bakery',
    exact: '"He has never run anything bigger than a bakery."',
    kind: 'direct',
    speaker: 'Karin Holt',
  },
  {
    what: 'a cue ending in a colon reports the quote that follows',
    text: 'The Herald reports:\n\n"The mill will close in March and 300 jobs will go."',
    content: 'mill will close',
    kind: 'direct',
    speaker: 'The Herald',
    cue: 'reports',
  },
  {
    what: 'a phrasal cue: the particle is not content',
    text: 'Mayor Ines Ward laid out her plan for the harbour on Monday.',
    content: 'plan for the harbour',
    exact: 'her plan for the harbour on Monday',
    speaker: 'Mayor Ines Ward',
  },
  {
    what: 'a preposition after the cue belongs to the cue ("warned against X")',
    text: 'Senator Ines Ward warned against a hasty vote on the harbour plan.',
    content: 'hasty vote',
    exact: 'a hasty vote on the harbour plan',
    speaker: 'Senator Ines Ward',
  },
  {
    what: 'a relative pronoun as source resolves to the person before it',
    text: 'The audit was led by Anna Berg, who said the figures had been wrong for years.',
    content: 'figures had been wrong',
    speaker: 'who',
    entity: 'Anna Berg',
  },
  {
    what: "two apostrophes as quotation marks (''...'')",
    text: "''This is not reform at all,'' said Paul Grant, a tax lawyer.",
    content: 'not reform at all',
    exact: "''This is not reform at all,''",
    kind: 'direct',
    speaker: 'Paul Grant, a tax lawyer',
  },
  {
    what: '", adding that ..." keeps the sentence\'s speaker',
    text: 'Tomas Berg said the budget was balanced, adding that schools would get more money.',
    content: 'schools would get',
    exact: 'that schools would get more money',
    speaker: 'Tomas Berg',
    cue: 'adding',
  },
  {
    what: '"called on X to ...": the particle belongs to the cue',
    text: 'Senator Ruth Okoye called on the governor to release the report.',
    content: 'release the report',
    exact: 'the governor to release the report',
    speaker: 'Senator Ruth Okoye',
  },
  {
    what: 'a second verb phrase of the speaker ends the content',
    text: 'Hugo Lind said that the vote was rigged and promised to appeal the result.',
    content: 'vote was rigged',
    exact: 'that the vote was rigged',
    speaker: 'Hugo Lind',
  },
  {
    what: 'a passive cue: the source follows "by", the content is the subject',
    text: 'The plan to close the port was first reported by the Daily Post.',
    content: 'plan to close',
    exact: 'The plan to close the port',
    speaker: 'the Daily Post',
    cue: 'reported',
  },
  {
    what: 'a quote, then subject and appositive, then the cue and a place',
    text: '“The state will fight this in court,” Scott Palmer, the attorney general of Ohio, said at an event in Columbus.',
    content: 'fight this in court',
    exact: '“The state will fight this in court,”',
    kind: 'direct',
    speaker: 'Scott Palmer',
  },
  {
    what: '", saying ..." without an earlier cue takes the sentence subject',
    text: 'Marta Ruiz left the meeting early, saying the offer was an insult to the workers.',
    content: 'offer was an insult',
    speaker: 'Marta Ruiz',
    cue: 'saying',
  },
  {
    what: 'a short quote before an inverted source with a participle after it',
    text: '"We need change," said Omar Reyes, arguing that the council had failed for years.',
    content: 'We need change',
    exact: '"We need change,"',
    speaker: 'Omar Reyes',
    cue: 'said',
  },
  {
    what: '"Asked about X, ..." keeps the question as content without a source',
    text: 'Asked about the missing funds, the mayor said the audit would explain everything.',
    content: 'the missing funds',
    exact: 'the missing funds',
    speaker: null,
    cue: 'Asked about',
  },
  {
    what: '"..., an official said, adding that ...": the content before the cue',
    text: 'The strikes hit a depot near the river, a French defence official said, adding that the crews were safe.',
    content: 'strikes hit a depot',
    exact: 'The strikes hit a depot near the river',
    speaker: 'a French defence official',
    cue: 'said',
  },
  {
    what: 'a relative clause between an unnamed subject and the cue describes the source',
    text: 'One of the guards, who both declined to be named, said the gate had been left open.',
    content: 'gate had been left open',
    speaker: 'One of the guards',
    description: 'One of the guards, who both declined to be named',
  },
  {
    what: 'a participle clause after the content is left out',
    text: 'Tomas Berg said the budget was balanced, adding that schools would get more money.',
    content: 'budget was balanced',
    exact: 'the budget was balanced',
    speaker: 'Tomas Berg',
  },
  {
    what: 'a transcript line',
    text: 'MORGAN: We have to ask about the new tax plan tonight, Senator.\n\nHALE: The plan cuts taxes for families.',
    content: 'cuts taxes for families',
    exact: 'The plan cuts taxes for families.',
    speaker: 'HALE',
    cue: ':',
  },
  {
    what: '"says" in the present tense',
    text: 'Anna Svensson says the factory will hire 200 workers next year.',
    content: 'factory will hire',
    speaker: 'Anna Svensson',
    cue: 'says',
  },
  {
    what: 'a plural pronoun resolves to an organisation',
    text: 'The World Health Organization sent a team to the region. They said the camps were overcrowded.',
    content: 'camps were overcrowded',
    speaker: 'They',
    entity: 'World Health Organization',
  },
  {
    what: 'a capitalised surname that is also an auxiliary stays in an inverted source',
    text: 'The deal is dead, said British Prime Minister Theresa May on Tuesday.',
    content: 'deal is dead',
    speaker: 'British Prime Minister Theresa May',
    cue: 'said',
  },
  {
    what: 'a day after an inverted source is left out of it and of the content',
    text: 'The deal is dead, said Mayor Anna Kowalski on Monday, adding that talks would go on.',
    content: 'deal is dead',
    exact: 'The deal is dead',
    speaker: 'Mayor Anna Kowalski',
    cue: 'said',
  },
  {
    what: 'an inverted source may open in lower case before a name',
    text: '"The levee held better than anyone expected," said former Mayor Dana Whitfield.',
    content: 'levee held',
    speaker: 'former Mayor Dana Whitfield',
    cue: 'said',
  },
  {
    what: 'a relative clause without commas between the source and its cue',
    text: 'Two engineers who worked with the Harbour Authority said the crane had failed twice before.',
    content: 'crane had failed',
    speaker: 'Two engineers',
    cue: 'said',
  },
  {
    what: 'an opening adverbial before the source is not the content of a short tail',
    text: 'In a letter on Friday, the water board announced the closure.',
    content: 'the closure',
    exact: 'the closure',
    speaker: 'the water board',
  },
  {
    what: 'a source with an appositive between a quote and its cue, the tail short',
    text: '"The bridge is unsafe," Robert Peck, an engineer at the Halden works, told me.',
    content: 'bridge is unsafe',
    speaker: 'Robert Peck, an engineer at the Halden works',
    cue: 'told',
  },
  {
    what: 'an adverb without -ly between the source and its cue',
    text: 'The senator has even suggested that the port be sold.',
    content: 'the port be sold',
    exact: 'that the port be sold',
    speaker: 'The senator',
    cue: 'suggested',
  },
  {
    what: 'a second report after "and" ends the first content',
    text: 'The mayor expressed concern about the budget and said the council would meet again.',
    content: 'concern about the budget',
    exact: 'concern about the budget',
    speaker: 'The mayor',
    cue: 'expressed',
  },
  {
    what: 'a participle clause right after a one-word content is cut from it',
    text: 'The senator criticised Halden, saying the city had failed its workers.',
    content: 'Halden',
    exact: 'Halden',
    speaker: 'The senator',
    cue: 'criticised',
  },
  {
    what: 'a reporting clause after a comma ends the content before it',
    text: 'The council has endorsed a plan to close the port, Mayor Dana Whitfield told reporters.',
    content: 'a plan to close the port',
    exact: 'The council has endorsed a plan to close the port',
    speaker: 'Mayor Dana Whitfield',
    cue: 'told',
  },
  {
    what: 'a sentence of source and cue after a quote that ended its own sentence',
    text: 'The council met late. "Why would we close the library now?" Councillor Ruth Abara said.',
    content: 'close the library',
    exact: '"Why would we close the library now?"',
    speaker: 'Councillor Ruth Abara',
    cue: 'said',
  },
  {
    what: 'a capitalised "Will" ends no inverted source either',
    text: 'The vote was rigged, said Senator Harold Will.',
    content: 'vote was rigged',
    speaker: 'Senator Harold Will',
    cue: 'said',
  },
  {
    what: 'a lower-case auxiliary ends a source found after its cue',
    text: 'In short, said Dalton Price is the one to blame.',
    content: 'the one to blame',
    exact: 'is the one to blame',
    speaker: 'Dalton Price',
    cue: 'said',
  },
  {
    what: 'a subject opening the sentence before several appositive commas is the source',
    text: 'Sen. Marta Ostrow, D-Vt., a member of the panel, said the hearing would resume in March.',
    content: 'hearing would resume',
    exact: 'the hearing would resume in March',
    speaker: 'Sen. Marta Ostrow',
    cue: 'said',
  },
  {
    what: 'a cue without a source found still proposes its content',
    text: 'The union hit back at the plan, arguing that the mill could be saved.',
    content: 'mill could be saved',
    exact: 'that the mill could be saved',
    cue: 'arguing',
  },
  {
    what: 'a cue with a comma and a tail after it reports what came before',
    text: 'The toll from the floods rose to 40 on Monday, relief officials said, while dozens were missing.',
    content: 'toll from the floods',
    exact: 'The toll from the floods rose to 40 on Monday',
    speaker: 'relief officials',
    cue: 'said',
  },
  {
    what: 'an "as" clause after the cue is a circumstance, not the content',
    text: 'Mudslides have buried at least 20 homes and left 6 people missing, the regional fire service said on Friday, as rescue teams reached hamlets that had been isolated since the storm.',
    content: 'buried at least 20 homes',
    exact: 'Mudslides have buried at least 20 homes and left 6 people missing',
    speaker: 'the regional fire service',
    cue: 'said',
  },
  {
    what: 'an "after" clause after the cue is a circumstance, not the content',
    text: 'The ferry line raised its fares by a tenth on Monday, two union officials said, after the port authority doubled its berthing charges in the spring.',
    content: 'raised its fares',
    exact: 'The ferry line raised its fares by a tenth on Monday',
    speaker: 'two union officials',
    cue: 'said',
  },
  {
    what: 'a short clause after the cue, the subject before a short appositive',
    text: 'Ines Ward, the harbour master, said the quay was flooded.',
    content: 'quay was flooded',
    exact: 'the quay was flooded',
    speaker: 'Ines Ward',
    cue: 'said',
  },
  {
    what: 'a place after the source belongs to it',
    text: 'Valdoria pledged two field hospitals, the foreign ministry in Ostrava said in a statement.',
    content: 'field hospitals',
    exact: 'Valdoria pledged two field hospitals',
    speaker: 'the foreign ministry in Ostrava',
    cue: 'said',
  },
];

/** Texts that hold no quote. */
const NO_QUOTES: Array<{ what: string; text: string }> = [
  { what: 'plain narrative', text: 'The bridge over the river was built in 1920 and repaired in 1985.' },
  {
    what: 'scare quotes alone',
    text: 'The so-called "reform" passed on Tuesday after a long night in parliament.',
  },
  { what: 'a passive "said to be" without content after', text: 'The old mill by the lake.' },
  {
    what: 'asking for anonymity is no statement',
    text: 'Two engineers, who asked not to be named, and a guard who declined to be identified were there.',
  },
  {
    what: 'a cue word followed by "by" without a passive',
    text: 'Officials travelled by train to the border.',
  },
];

describe('quotes: the cases of the issue', () => {
  for (const c of CASES) {
    it(c.what, () => {
      const { quotes, entities } = run(c.text);
      // Attributions nest (PolNeAR marks "X said Y claimed Z" twice): with a cue given, the one it opens.
      const holds = quotes.filter((x) => c.text.slice(x.start, x.end).includes(c.content));
      const q =
        holds.find((x) => c.cue === undefined || (x.cue && c.text.slice(x.cue.start, x.cue.end) === c.cue)) ??
        holds[0];
      assert.ok(
        q,
        `no quote holds "${c.content}"; got ${JSON.stringify(quotes.map((x) => c.text.slice(x.start, x.end)))}`,
      );
      if (c.exact !== undefined) assert.equal(c.text.slice(q.start, q.end), c.exact);
      if (c.kind !== undefined) assert.equal(q.kind, c.kind);
      if (c.speaker !== undefined)
        assert.equal(q.speaker ? c.text.slice(q.speaker.start, q.speaker.end) : null, c.speaker);
      if (c.cue !== undefined) assert.equal(q.cue ? c.text.slice(q.cue.start, q.cue.end) : null, c.cue);
      if (c.entity !== undefined) {
        if (c.entity === 'none') assert.equal(q.speaker?.entity, null);
        else
          assert.ok(
            entities.find((e) => e.id === q.speaker?.entity)?.name.endsWith(c.entity),
            `speaker entity ${q.speaker?.entity} among ${JSON.stringify(entities.map((e) => [e.id, e.name]))}`,
          );
      }
      if (c.description !== undefined) assert.equal(q.speaker?.description, c.description);
    });
  }
  for (const c of NO_QUOTES) {
    it(`finds nothing in ${c.what}`, () => {
      assert.deepEqual(
        run(c.text).quotes.map((q) => c.text.slice(q.start, q.end)),
        [],
      );
    });
  }
});

describe('quotes: two cues claiming the same content', () => {
  it('"who … declined to be named" describes the source and is no statement of its own', () => {
    const text = 'One of the guards, who both declined to be named, said the gate had been left open.';
    const { quotes } = run(text);
    assert.deepEqual(
      quotes.map((q) => text.slice(q.start, q.end)),
      ['the gate had been left open'],
    );
  });

  it('only the likelier keeps it', () => {
    const text = 'Greta Holm told and warned workers that the mill would close.';
    const same = run(text).quotes.filter((q) => text.slice(q.start, q.end) === 'that the mill would close');
    assert.deepEqual(
      same.map((q) => (q.cue ? text.slice(q.cue.start, q.cue.end) : null)),
      ['warned'],
    );
  });
  it('a quoted title inside a sentence without a cue is no statement', () => {
    const text =
      'Ann Lee said the port would close. She later appeared on "The Morning Hour With Dana Price" to explain.';
    const titles = run(text).quotes.filter((q) => text.slice(q.start, q.end).includes('Morning Hour'));
    assert.deepEqual(titles, []);
  });
  it('of two adjacent cues with overlapping contents, one keeps it', () => {
    const text = 'His remarks indicated that the talks had stalled.';
    const holding = run(text).quotes.filter((q) => text.slice(q.start, q.end).includes('talks had stalled'));
    assert.equal(holding.length, 1);
  });
});

describe('quotes: a passive without an agent, a raising verb or a hearsay adverb reports nobody', () => {
  const cases: Array<{ text: string; cue: string; parts: string[] }> = [
    {
      text: 'The new harbour tunnel is widely expected to open before the winter storms.',
      cue: 'expected',
      parts: ['The new harbour tunnel', 'to open before the winter storms'],
    },
    {
      text: 'Councillor Ines Varga is seen as the likeliest successor to the mayor.',
      cue: 'seen',
      parts: ['Councillor Ines Varga', 'the likeliest successor to the mayor'],
    },
    {
      text: 'The new ferry timetable seems unworkable to most of the island commuters.',
      cue: 'seems',
      parts: ['The new ferry timetable', 'unworkable to most of the island commuters'],
    },
    {
      text: 'The ferry operator has reportedly sold two of its vessels to a rival.',
      cue: 'reportedly',
      parts: ['The ferry operator has', 'sold two of its vessels to a rival'],
    },
    {
      text: 'The island ferry company, which has lost money for years, is expected to raise its fares in the spring.',
      cue: 'expected',
      parts: ['The island ferry company', 'to raise its fares in the spring'],
    },
    {
      text: 'Strong winds are forecast to reach the coast by Sunday.',
      cue: 'forecast',
      parts: ['Strong winds', 'to reach the coast by Sunday'],
    },
    {
      text: 'By most accounts she’s widely expected to win the harbour seat.',
      cue: 'expected',
      parts: ['she', 'to win the harbour seat'],
    },
    {
      text: 'The finance minister seemed to concede that the budget would slip.',
      cue: 'seemed',
      parts: ['The finance minister', 'to concede that the budget would slip'],
    },
  ];
  for (const c of cases)
    it(`"${c.cue}": no source, the subject and the complement are the content`, () => {
      const parts = run(c.text).quotes.filter((q) => q.cue && c.text.slice(q.cue.start, q.cue.end) === c.cue);
      assert.deepEqual(
        parts.map((q) => [c.text.slice(q.start, q.end), q.speaker]),
        c.parts.map((p) => [p, null]),
      );
    });
});

describe('quotes: a naming participle reports nobody', () => {
  it('after a name, "dubbed" is an active verb with its source', () => {
    const text = 'Mayor Ada Brenner dubbed the plan a harbour tax.';
    const q = run(text).quotes.find((x) => x.cue && text.slice(x.cue.start, x.cue.end) === 'dubbed');
    assert.equal(q?.speaker ? text.slice(q.speaker.start, q.speaker.end) : null, 'Mayor Ada Brenner');
  });
  it('"known as": no source, the name is content', () => {
    const text = 'The volunteers formed a small group known as the Harbour Watch.';
    const parts = run(text).quotes.filter((q) => q.cue && text.slice(q.cue.start, q.cue.end) === 'known');
    assert.ok(parts.some((q) => text.slice(q.start, q.end) === 'the Harbour Watch'));
    assert.deepEqual(
      parts.map((q) => q.speaker),
      parts.map(() => null),
    );
  });
});

describe('quotes: quoted spans', () => {
  const spans: Array<{ what: string; text: string; want: Array<[string, 'double' | 'single', boolean]> }> = [
    { what: 'straight double', text: 'He said "yes" twice.', want: [['"yes"', 'double', false]] },
    { what: 'curly double', text: 'He said “yes” twice.', want: [['“yes”', 'double', false]] },
    { what: 'apostrophes are not quotes', text: "Putin's aides didn't know the officials' plans.", want: [] },
    {
      what: 'a partial quote in single marks',
      text: "a 'significant number' of strikes",
      want: [["'significant number'", 'single', false]],
    },
    {
      what: 'nested single marks are ignored',
      text: '“It was ‘fine’ she said”',
      want: [['“It was ‘fine’ she said”', 'double', false]],
    },
    {
      what: 'a quote reopened in the next paragraph continues',
      text: '"One more thing.\n\n"And another."',
      want: [
        ['"One more thing.', 'double', true],
        ['"And another."', 'double', false],
      ],
    },
    {
      what: 'an unclosed quote ends at its paragraph',
      text: '"Never closed\n\nPlain text.',
      want: [['"Never closed', 'double', false]],
    },
  ];
  for (const c of spans) {
    it(c.what, () => {
      assert.deepEqual(
        findQuotedSpans(c.text).map((s) => [c.text.slice(s.start, s.end), s.marks, s.continues]),
        c.want,
      );
    });
  }
});

describe('quotes: the annotator contract', () => {
  annotatorContract(quoteFinder, [
    '"We will win," she said.',
    'Officials said the road was closed. "It is unsafe," one added.\n\n"Stay home."',
    'According to the police, two people were hurt 👍🏽 in the crash.',
    '“Unclosed quote at the end',
  ]);
});
