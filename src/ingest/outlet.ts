/** What an article shows when neither its metadata nor its URL names the outlet: never "unknown", as if that were a name. */
export const OUTLET_NOT_GIVEN = 'outlet not given';

const NOT_A_NAME = new Set(['unknown', 'unknown outlet', 'n/a', 'none', '-', OUTLET_NOT_GIVEN]);

/** The site name of an http(s) URL: its host without "www."; null for anything else. e.g. "https://www.rferl.org/a/1" -> "rferl.org". */
export function siteNameOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/**
 * The outlet to store and show: the one given, unless it is blank or "unknown"; then the URL's site name;
 * else "outlet not given". e.g. resolveOutlet('unknown', 'https://www.rferl.org/a/1') -> "rferl.org".
 */
export function resolveOutlet(outlet: string | null | undefined, url: string | null | undefined): string {
  const given = outlet?.trim();
  if (given && !NOT_A_NAME.has(given.toLowerCase())) return given;
  return siteNameOf(url) ?? OUTLET_NOT_GIVEN;
}
