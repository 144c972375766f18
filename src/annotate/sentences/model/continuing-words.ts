/**
 * Words after which an English phrase cannot stop: a line that ends in one goes on on the next line,
 * whatever the case of either line ("... SHELLED THE\nBRIDGE"). Written for Dateline; lower case.
 * Left out on purpose: particles that end phrasal verbs in headlines ("in", "on", "up", "out", "off",
 * "down", "over", "for"), "that" and "her" (which end clauses), and "a" (a letter: "Class A").
 */
export const CONTINUES_PHRASE: ReadonlySet<string> = new Set([
  // reason: articles and possessive determiners come before their noun
  ...['the', 'an', 'its', 'their', 'our', 'your', 'my', 'whose'],
  // reason: prepositions that take an object and never end a headline
  ...['of', 'to', 'from', 'into', 'onto', 'with', 'than', 'amid', 'among', 'between', 'per'],
  // reason: coordinating conjunctions join two parts
  ...['and', 'or', 'nor'],
]);
