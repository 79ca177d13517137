const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A publication date as YYYY, YYYY-MM or YYYY-MM-DD. YAML reads 2023-11-21 as a Date and 2024 as a
 * number: both come back as text. Returns an error message for anything else ("2024-13-45").
 */
export function normalizeDate(value: unknown): { date: string | null } | { error: string } {
  if (value === undefined || value === null || value === '') return { date: null };
  let text: string;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { error: 'published is not a valid date' };
    text = value.toISOString().slice(0, 10);
  } else if (typeof value === 'number' || typeof value === 'string') text = String(value).trim();
  else return { error: 'published must be a date written as YYYY, YYYY-MM or YYYY-MM-DD' };
  const iso = /^(\d{4}-\d{2}-\d{2})T/.exec(text);
  if (iso?.[1]) text = iso[1];
  const m = DATE.exec(text);
  if (!m) return { error: `published "${text}" is not YYYY, YYYY-MM or YYYY-MM-DD` };
  const month = m[2] ? Number(m[2]) : 1;
  const day = m[3] ? Number(m[3]) : 1;
  const days = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > days) return { error: `published "${text}" is not a real date` };
  return { date: text };
}
