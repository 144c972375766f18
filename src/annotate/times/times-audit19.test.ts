/**
 * Nineteenth round, from a read of business stories' quarters: a quarter before the story's own, of its year,
 * named after it ("After a weak second quarter, …" in a story on the third) is a comparison, and the story's
 * later "a year earlier" or "the year-earlier period" still counts from the quarter it reports. A possessive weekday
 * that a verb of reaction acts on ("will appeal Wednesday's ruling", "to respond to Sunday's attack") is a day
 * gone by, whatever lies ahead of the reaction. A base form of a verb of schedule after a determiner and an
 * adjective is a noun ("had a shaky start Monday"). A bare month given as a deadline to act ("gave the
 * ministry until June to …") is ahead, as a weekday is. From a read of PolNeAR's weekdays put ahead: a reporting
 * verb in -ing opens a clause of its own ("announcing on Tuesday she would run …", "… Tuesday by announcing they
 * would …"), so does an indirect question ("a query on Friday about why she would …"), and "would have" with a
 * participle is a past that did not happen ("Saturday would have been his birthday"). After the date, a reporting
 * verb and its subject ("On Friday she said she would …"), a colon or a quote after a comma open another clause,
 * and "possibly" is a later phrase's hedge ("talks on Thursday about possibly joining …"). A modal before "have"
 * and a preposition is no perfect ("any effect the strike may have in June"). A month after "now and" or "now
 * until" ends a span from the anchor on ("between now and March").
 * Each case is an invented sentence and fails on the code before; `KEEP` cases must not change.
 */
import { describeRound, type TimeCase } from './testing.js';

/** Thursday 10 November 2005. */
const THU = '2005-11-10';

const CASES: TimeCase[] = [
  {
    what: '"a year earlier" after an earlier quarter named in passing is the story quarter a year back',
    anchor: THU,
    say:
      'Harlow Mills posted a 12% rise in third-quarter profit. After a weak second quarter, the company credited ' +
      'its paper business. Margins were wider than a year earlier.',
    expr: 'a year earlier',
    value: '2004-Q3',
  },
  {
    what: '"the year-earlier period" after an earlier quarter named in passing',
    anchor: THU,
    say:
      'Brenford Tools said third-quarter sales rose 8%. Unlike the first quarter, when rain slowed building, ' +
      'demand held up. Costs fell from the year-earlier period.',
    expr: 'the year-earlier period',
    value: '2004-Q3',
  },
  {
    what: '"the quarter" after an earlier quarter named in passing is the story quarter',
    anchor: THU,
    say: 'Exports grew 5% in the third quarter, after 2% in the second quarter. Imports fell during the quarter.',
    expr: 'the quarter',
    value: '2005-Q3',
  },
  {
    what: 'a ruling to be appealed is behind',
    anchor: THU,
    say: "Lawyers for the family will appeal Wednesday's ruling.",
    expr: 'Wednesday',
    value: '2005-11-09',
  },
  {
    what: 'a decision a plan challenges is behind',
    anchor: THU,
    say: "The union plans to challenge Tuesday's decision in court.",
    expr: 'Tuesday',
    value: '2005-11-08',
  },
  {
    what: 'what investigators will examine is behind',
    anchor: THU,
    say: "Investigators will examine Monday's derailment near the depot.",
    expr: 'Monday',
    value: '2005-11-07',
  },
  {
    what: 'a particle verb of reaction: "get around"',
    anchor: THU,
    say: "The owners said they would look for ways to get around Wednesday's order.",
    expr: 'Wednesday',
    value: '2005-11-09',
  },
  {
    what: 'a particle verb of reaction: "respond to"',
    anchor: THU,
    say: "The minister is expected to respond to Sunday's attack in parliament.",
    expr: 'Sunday',
    value: '2005-11-06',
  },
  {
    what: '"a shaky start" is a noun, no present of schedule',
    anchor: THU,
    say: 'The festival had a shaky start Monday.',
    expr: 'Monday',
    value: '2005-11-07',
  },
  {
    what: 'a bare month given as a deadline to act is ahead',
    anchor: THU,
    say: 'The court gave the ministry until June to publish the report.',
    expr: 'June',
    value: '2006-06',
  },
  {
    what: 'a reporting verb in -ing after the date opens a clause of its own',
    anchor: THU,
    say: 'The council closed its budget meeting on Tuesday by announcing it would raise fares.',
    expr: 'Tuesday',
    value: '2005-11-08',
  },
  {
    what: 'a reporting verb in -ing before the date opens a clause of its own',
    anchor: THU,
    say: 'The senator entered the fray, announcing on Wednesday she would oppose the bill.',
    expr: 'Wednesday',
    value: '2005-11-09',
  },
  {
    what: 'an indirect question after the date is a clause of its own',
    anchor: THU,
    say: 'The mayor fumbled a basic question on Monday about how she would pay for the plan.',
    expr: 'Monday',
    value: '2005-11-07',
  },
  {
    what: '"would have been" is a past that did not happen',
    anchor: THU,
    say: 'Her cousins recalled that Saturday would have been the couple’s jubilee.',
    expr: 'Saturday',
    value: '2005-11-05',
  },
  {
    what: 'the clause a reporting verb after the date reports has its own tense',
    anchor: THU,
    say: 'On Monday she said she would step down.',
    expr: 'Monday',
    value: '2005-11-07',
  },
  {
    what: 'a colon after the date opens another clause',
    anchor: THU,
    say: "Both parties agreed on one point in the wake of Monday's vote: turnout will matter.",
    expr: 'Monday',
    value: '2005-11-07',
  },
  {
    what: 'a curly quote after a comma opens the quoted clause',
    anchor: THU,
    say: 'The mayor said at a rally on Monday, “we would never close the school.”',
    expr: 'Monday',
    value: '2005-11-07',
  },
  {
    what: 'a straight quote after a comma opens the quoted clause',
    anchor: THU,
    say: 'The mayor said at a rally on Monday, "we would never close the school."',
    expr: 'Monday',
    value: '2005-11-07',
  },
  {
    what: '"possibly" after the date hedges a later phrase',
    anchor: THU,
    say: 'The aide had three brief chats with Senator Moss on Tuesday about possibly joining the panel.',
    expr: 'Tuesday',
    value: '2005-11-08',
  },
  {
    what: 'a modal before "have" and a preposition is a possession ahead, no perfect',
    anchor: THU,
    say: 'The mayor downplayed any effect the strike may have in June.',
    expr: 'June',
    value: '2006-06',
  },
  {
    what: '"between now and" a month: the span runs from the anchor on',
    anchor: THU,
    say: 'The rivals campaigned hard, and they have a lot to prove between now and March.',
    expr: 'March',
    value: '2006-03',
  },
  {
    what: '"from now until" a month: the span runs from the anchor on',
    anchor: THU,
    say: 'Officials said the bridge stays closed from now until June.',
    expr: 'June',
    value: '2006-06',
  },
];

const KEEP: TimeCase[] = [
  {
    what: 'a modal perfect still looks back',
    anchor: THU,
    say: 'The vote might have been held on Sunday.',
    expr: 'Sunday',
    value: '2005-11-06',
  },
  {
    what: '"possibly" before the date still looks ahead',
    anchor: THU,
    say: 'A reply may come, possibly on Monday.',
    expr: 'Monday',
    value: '2005-11-14',
  },
  {
    what: '"would have" with a noun still looks ahead',
    anchor: THU,
    say: 'He worries the team would have trouble scoring on Sunday.',
    expr: 'Sunday',
    value: '2005-11-13',
  },
  {
    what: '"would have to" still looks ahead',
    anchor: THU,
    say: 'Troops would have to leave on Friday.',
    expr: 'Friday',
    value: '2005-11-11',
  },
  {
    what: 'a base form after a plural subject still looks ahead',
    anchor: THU,
    say: 'The talks start Monday.',
    expr: 'Monday',
    value: '2005-11-14',
  },
  {
    what: 'a stay until a month, no deadline given, stays in the past',
    anchor: THU,
    say: 'She stayed in the capital until June to help.',
    expr: 'June',
    value: '2005-06',
  },
  {
    what: 'a ruling awaited is ahead',
    anchor: THU,
    say: "Both sides will await Tuesday's ruling.",
    expr: 'Tuesday',
    value: '2005-11-15',
  },
  {
    what: 'an election a party will contest is ahead',
    anchor: THU,
    say: "The coalition will contest Sunday's election.",
    expr: 'Sunday',
    value: '2005-11-13',
  },
  {
    what: 'an arrival a city will welcome is ahead',
    anchor: THU,
    say: "Crowds will welcome Saturday's arrival of the envoy.",
    expr: 'Saturday',
    value: '2005-11-12',
  },
  {
    what: 'a story that moves on to a later quarter counts from it',
    anchor: THU,
    say: 'Sales fell in the first quarter. In the second quarter, revenue rose 4% from a year earlier.',
    expr: 'a year earlier',
    value: '2004-Q2',
  },
  {
    what: 'a quarter of another year still moves the story',
    anchor: THU,
    say: 'Profit rose in the third quarter. In the second quarter of 2004, profit had fallen from a year earlier.',
    expr: 'a year earlier',
    value: '2003-Q2',
  },
];

describeRound("times: nineteenth round (a business story's quarter, the object of a reaction)", CASES, KEEP);
