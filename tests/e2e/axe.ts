/** Accessibility checks (axe-core) and the screenshots every screen leaves in the tests' output. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from '@playwright/test';
import { expect } from './harness';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Violations, as "rule: targets". `evaluate` is not subject to the extension pages' CSP. */
export async function axeViolations(target: Page | Frame): Promise<string[]> {
  await target.evaluate(AXE);
  const result = await target.evaluate(() =>
    (window as unknown as { axe: { run: () => Promise<{ violations: unknown[] }> } }).axe.run(),
  );
  return (result.violations as { id: string; nodes: { target: string[] }[] }[]).map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

export async function expectAxeClean(target: Page | Frame): Promise<void> {
  expect(await axeViolations(target)).toEqual([]);
}

/** Light and dark screenshots under test-results/screenshots/, each checked with axe. */
export async function screenshotsAndAxe(page: Page, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectAxeClean(page);
    await page.screenshot({
      path: `test-results/screenshots/${name}-${scheme}.png`,
      fullPage: true,
    });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
