import axe from 'axe-core';

/** Serious and critical accessibility violations in a rendered view (colour contrast needs a real browser). */
export async function seriousViolations(node: Element): Promise<string[]> {
  const results = await axe.run(node, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}
