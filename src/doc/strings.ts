/**
 * String helpers shared by long-lived caches.
 */

/**
 * A copy of a string cut from a page that does not keep the page alive. V8 represents a substring of
 * 13 or more characters as a slice of its parent, so a long-lived cache keyed by a slice would pin every
 * page it has seen (181 pages held 68 MB this way); concatenation then slicing copies the characters out.
 * Use it on cache misses only: it copies.
 */
export function detached(s: string): string {
  return (' ' + s).slice(1);
}
