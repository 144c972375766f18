/**
 * Whether two mentions' PLOVER modes let them be one event: two modes must be the same ("a suicide
 * bombing" and "air strikes" are two attacks); a missing mode fits any when the mentions share a named
 * actor, and only another missing one when they share no more than their victims ("an attack on a market
 * killed 30 … air strikes killed six"). Used by the coder's merge and by the story timeline.
 */
export function modesAgree(
  a: string | null | undefined,
  b: string | null | undefined,
  withActors: boolean,
): boolean {
  const x = a ?? null;
  const y = b ?? null;
  if (x !== null && y !== null) return x === y;
  return withActors || x === y;
}
