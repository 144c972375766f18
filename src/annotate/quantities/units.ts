/** Unit comparison shared by the checks layer and the quantities evaluation. */

/** Irregular plurals folded to their singular when units are compared ("people" = "person", "bodies" = "person"). */
const SINGULAR: ReadonlyMap<string, string> = new Map([
  ['people', 'person'],
  ['men', 'man'],
  ['women', 'woman'],
  ['children', 'child'],
  // ("24 dead bodies" … "24 people": a death toll counts the dead either way.)
  ['bodies', 'person'],
]);

/** A unit as compared: lower case, spaces collapsed, the last word singularised ("Raids" = "raid"). */
export function unitKey(unit: string): string {
  const words = unit.toLowerCase().trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '';
  const last = words.pop()!;
  const single = SINGULAR.get(last) ?? (/[^s]s$/.test(last) ? last.slice(0, -1) : last);
  return [...words, single].join(' ');
}
