const MILITARY_CUE =
  /\b(?:troops?|soldiers?|military|army|armies|armed forces|peacekeep\w*|battalions?|brigades?|contingents?|regiments?|navy|naval|air force|marines?|uniformed|defen[cs]e ministry|ministry of defen[cs]e)\b/i;

/** True when a passage is about armed forces, so "personnel" and "members" there count troops. */
export function isMilitaryContext(passage: string): boolean {
  return MILITARY_CUE.test(passage);
}
