/**
 * The names of the months and weekdays, lower case, for the layers that read text whose case says nothing (the
 * splitter, the times and quantities layers). Written for Dateline; no external source.
 */

/** The months' names, in order. */
export const MONTH_NAMES: readonly string[] = [
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october'],
  ...['november', 'december'],
];

/** The weekdays' names, Monday first. */
export const WEEKDAY_NAMES: readonly string[] = [
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
];

/** The months' names that are no other lower-case word: "may" is a modal, "march" a verb and a noun. */
export const PLAIN_MONTH_NAMES: readonly string[] = MONTH_NAMES.filter((m) => m !== 'may' && m !== 'march');
