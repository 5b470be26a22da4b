/**
 * Outlook shows people as "Last, First" (directory order), Google as "First Last". One person
 * seen in both calendars should be one person, so names are stored in natural order.
 */
const SUFFIX = /^(jr|sr|ii|iii|iv|phd|md|mba|esq|dr)\.?$/i;

export function naturalName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  const parts = trimmed.split(',');
  if (parts.length !== 2) return trimmed;
  const [last, first] = parts.map((p) => p.trim()) as [string, string];
  const words = (s: string) => s.split(' ').filter(Boolean);
  const plausible = (s: string) => words(s).length >= 1 && words(s).length <= 3 && !/\d/.test(s);
  if (!plausible(last) || !plausible(first) || SUFFIX.test(first)) return trimmed;
  return `${first} ${last}`;
}
