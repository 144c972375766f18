/**
 * Words that commonly open an English news sentence and rarely continue a name. After an abbreviation
 * that can end a sentence ("in the U.S. The next day", "Apple Inc. It said"), one of these, capitalised,
 * means a new sentence; any other capitalised word is taken as a name continuing ("U.S. President").
 * Written for Dateline (function words and discourse adverbs); no external source. Lower case.
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  // reason: determiners and demonstratives open most news sentences
  ...['the', 'a', 'an', 'this', 'that', 'these', 'those', 'there', 'some', 'many', 'most', 'several'],
  ...['both', 'each', 'every', 'all', 'any', 'another', 'such', 'no', 'other', 'few', 'more'],
  // reason: personal and possessive pronouns open a sentence; they never continue a name
  ...['he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'my', 'your'],
  // reason: conjunctions and discourse adverbs
  ...['but', 'and', 'or', 'so', 'yet', 'however', 'meanwhile', 'moreover', 'also', 'still', 'now'],
  ...['then', 'thus', 'earlier', 'later', 'last', 'next', 'instead', 'nevertheless', 'indeed'],
  // reason: prepositions and subordinators that open a fronted phrase ("On Monday, ...")
  ...['in', 'on', 'at', 'after', 'before', 'when', 'while', 'if', 'as', 'for', 'with', 'since'],
  ...['although', 'though', 'because', 'during', 'despite', 'according', 'under', 'among', 'from'],
  // reason: question words
  ...['what', 'who', 'why', 'how', 'where', 'which', 'here'],
]);
