// The `test` every spec uses: like Playwright's, but every page the test opens with goto(), in
// its own page or in any other page or browser context it opens (a member of staff on a tablet
// next to the shopper), and the page each one ends on, is checked with axe for WCAG 2.2 AA
// problems.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

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

/** The addresses checked on each page the test has opened. */
type Checked = Map<Page, Set<string>>;

/** From now on, every goto() of this page is checked. */
function watchPage(page: Page, checked: Checked) {
  if (checked.has(page)) return;
  const seen = new Set<string>();
  checked.set(page, seen);
  const goto = page.goto.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    seen.add(page.url()); // checked here, passed or not: not again at the end
    await expectAccessible(page);
    return response;
  };
}

/** The page where it ended, unless it was checked there already (or never went anywhere). */
async function checkWhereItEnded(page: Page, checked: Checked) {
  if (page.isClosed() || page.url() === 'about:blank' || checked.get(page)?.has(page.url())) return;
  checked.get(page)?.add(page.url());
  await expectAccessible(page);
}

/** Every page of the context, now and later; those open when the test closes it are checked first. */
function watchContext(context: BrowserContext, checked: Checked) {
  for (const page of context.pages()) watchPage(page, checked);
  context.on('page', (page) => watchPage(page, checked));
  const newPage = context.newPage.bind(context);
  context.newPage = async () => {
    const page = await newPage();
    watchPage(page, checked);
    return page;
  };
  const close = context.close.bind(context);
  context.close = async (options) => {
    for (const page of context.pages()) await checkWhereItEnded(page, checked);
    return close(options);
  };
}

/** Contexts and pages the test makes from the browser are watched too, for the test's duration. */
function watchBrowser(browser: Browser, checked: Checked): () => void {
  const { newContext, newPage } = browser;
  browser.newContext = async (options) => {
    const context = await newContext.call(browser, options);
    watchContext(context, checked);
    return context;
  };
  browser.newPage = async (options) => {
    const page = await newPage.call(browser, options);
    watchContext(page.context(), checked);
    watchPage(page, checked);
    return page;
  };
  return () => {
    browser.newContext = newContext;
    browser.newPage = newPage;
  };
}

export const test = base.extend<{ accessibilityOfEveryPage: void }>({
  accessibilityOfEveryPage: [
    // After `page` is set up and before it is torn down: its last address is checked too.
    async ({ browser, context, page }, use) => {
      const checked: Checked = new Map();
      watchContext(context, checked);
      watchPage(page, checked);
      const unwatch = watchBrowser(browser, checked);
      try {
        await use();
      } finally {
        unwatch();
      }
      for (const page of checked.keys()) await checkWhereItEnded(page, checked);
    },
    { auto: true },
  ],
});

export { expect };
