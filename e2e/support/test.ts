// The `test` every spec uses: like Playwright's, but every page a test opens with goto(), and
// the page it ends on, is checked with axe for WCAG 2.2 AA problems.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export async function expectAccessible(page: Page) {
  // After a client-side navigation Next sets the new page's <title> a moment later: wait for it
  // (every page must have one) before checking, so that the check sees the settled page.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const problems = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n  ')}`,
  );
  expect(problems, `Accessibility problems on ${page.url()}`).toEqual([]);
}

export const test = base.extend<{ page: Page }>({
  page: async ({ page }, use) => {
    const checked = new Set<string>();
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      await expectAccessible(page);
      checked.add(page.url());
      return response;
    };
    await use(page);
    if (!page.isClosed() && !checked.has(page.url())) await expectAccessible(page);
  },
});

export { expect };
