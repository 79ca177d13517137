/** Days since 1970 of an as-of date, at its middle when only the month or the year is known; null when unknown. */
const DAYS = new Map<string, number>();

export function dayOf(asOf: string | null): number | null {
  if (!asOf) return null;
  const known = DAYS.get(asOf);
  if (known !== undefined) return known;
  const day = parseDay(asOf);
  // Dates are few (the days a story's articles speak of): remember each once.
  if (DAYS.size < 100_000) DAYS.set(asOf, day);
  return day;
}

function parseDay(asOf: string): number {
  const [y, m, d] = asOf.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return Date.UTC(y, 6, 1) / 86_400_000;
  if (d === undefined) return Date.UTC(y, m - 1, 15) / 86_400_000;
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** The days an as-of date covers, as [first, last] days since 1970: a day, a whole month, a whole year; null when unknown. */
export function spanOf(asOf: string | null): [number, number] | null {
  if (!asOf) return null;
  const [y, m, d] = asOf.split('-').map(Number) as [number, number | undefined, number | undefined];
  const day = (yy: number, mm: number, dd: number) => Date.UTC(yy, mm, dd) / 86_400_000;
  if (m === undefined) return [day(y, 0, 1), day(y, 11, 31)];
  if (d === undefined) return [day(y, m - 1, 1), day(y, m, 0)];
  return [day(y, m - 1, d), day(y, m - 1, d)];
}
