// The automated accessibility check of the browser tests: axe-core (from npm) run in the page,
// failing on any serious or critical violation of WCAG 2.x A/AA rules.
import axe from 'axe-core';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS } from './helpers.mjs';

/** Serious and critical violations on the page as it is now; each described in a line. */
export async function axeViolations(page) {
  // Evaluated through the DevTools protocol, so the server's CSP (script-src 'self') does not apply.
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(axe.source);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, resultTypes: ['violations'] }),
  );
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
}

/** Fails when the page has a serious or critical violation; the report goes to the artifacts too. */
export async function checkA11y(page, name, assert) {
  const found = await axeViolations(page);
  if (found.length > 0) writeFileSync(join(ARTIFACTS, `axe-${name}.txt`), found.join('\n') + '\n');
  // AXE_REPORT_ONLY=1: write the reports and go on (to see every screen's findings in one run).
  if (process.env.AXE_REPORT_ONLY) return;
  assert.deepEqual(found, [], `accessibility of ${name}`);
}
