/** The capitalisation test shared by the cue features, the subject test and the extractor. */

/** Whether text[i] differs from its lower case (ASCII answered from the code, without case-mapped copies). */
export function changesCase(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  const ch = text[i]!;
  return ch !== ch.toLowerCase();
}
