// Links and image addresses that look like a path of this shop but that a browser would take to
// another site ("/\evil.example", a tab inside, "%5c", ...) are refused when content is saved,
// with a message that says why, in the editor's language; real paths and addresses still save.
// Rich text keeps the words of such a link but not its address. Product pictures follow the
// same rule.
import '../support/test-database';
import { createTranslator } from 'next-intl';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadMessages } from '@/i18n/messages';
import { imageSchema } from '@/lib/admin/products/product-schema';
import { saveContentAction } from '@/lib/actions/save-content';
import { readContentBody, safeHref } from '@/lib/content/blocks';
import { prisma } from '@/lib/db';
import type { FormState } from '@/lib/forms/form-state';
import { createUser } from '../support/factories/users';
import { request, resetRequest } from '../support/request-stand-ins';
import { contentForm, contentSnapshot } from './admin-content-fixtures';

vi.mock('@/lib/auth/session', () => import('../support/request-stand-ins').then((m) => m.sessionStandIn));
vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlServerStandIn()));
vi.mock('@/i18n/navigation', () => import('../support/request-stand-ins').then((m) => m.i18nNavigationWithQueryStandIn));
vi.mock('next/navigation', () => import('../support/request-stand-ins').then((m) => m.nextNavigationStandIn));
vi.mock('next/cache', () => import('../support/request-stand-ins').then((m) => m.cacheStandIn));

const idle: FormState = { status: 'idle' };
let ownerId: string;
let sequence = 0;

/** Each of these opens evil.example (or may, once a server decodes it) in a browser. */
const OTHER_SITE = [
  '//evil.example/',
  '/\\evil.example',
  '\\\\evil.example',
  '\\/evil.example',
  '/%5cevil.example',
  '/%5Cevil.example',
  '/%2f/evil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  '/\r/evil.example',
  '/\u0000/evil.example',
  '/..//evil.example',
  '/kuvat/..//evil.example/x.png',
];
/** Not a path at all, nor an allowed address. */
const NOT_ALLOWED = ['javascript:alert(1)', 'java\tscript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', 'https:evil.example', 'https:/\\evil.example', 'https://evil.example\\@shop.example'];

beforeAll(async () => {
  ownerId = (await createUser({ role: 'OWNER' })).id;
});

beforeEach(() => {
  resetRequest();
  request.userId = ownerId;
});

async function save(fields: Record<string, string>, body: unknown[]) {
  sequence += 1;
  return saveContentAction(idle, contentForm({ title: `Linkit ${sequence}`, ...fields }, body));
}

describe('a call to action', () => {
  it.each(OTHER_SITE)('refuses %j as a link that leaves the shop, saving nothing', async (href) => {
    const before = await contentSnapshot();
    const state = await save({}, [{ type: 'callToAction', text: 'Klikkaa', href }]);
    expect(state.status).toBe('error');
    expect(state.fieldErrors?.['body.0.href']).toMatch(/^Linkki näyttää tämän kaupan polulta, mutta selain avaisi sen toisella sivustolla/);
    expect(await contentSnapshot()).toEqual(before);
  });

  it.each(NOT_ALLOWED)('refuses %j as not a shop path or https address', async (href) => {
    const state = await save({}, [{ type: 'callToAction', text: 'Klikkaa', href }]);
    expect(state.fieldErrors?.['body.0.href']).toBe('Linkin pitää olla tämän kaupan polku (esim. /tapahtumat) tai https-osoite.');
  });

  it.each(['/tapahtumat', '/product/villasukat?koko=m#arviot', 'https://example.com/a?b=c', 'http://example.com/', 'mailto:kauppa@example.com'])('saves %j', async (href) => {
    const state = await save({}, [{ type: 'callToAction', text: 'Klikkaa', href }]);
    expect(state.status).toBe('ok');
  });

  it('tells an English-speaking editor the same in English', async () => {
    const t = createTranslator({ locale: 'en', messages: await loadMessages('en') });
    const result = safeHref.safeParse('/\\evil.example');
    expect(result.success).toBe(false);
    const key = result.error!.issues[0].message.replace(/^adminContent\./, '') as 'errors.linkOtherSite';
    expect(t(`adminContent.${key}`)).toMatch(/^The link looks like a path in this shop, but a browser would open it on another site/);
  });
});

describe('images', () => {
  it.each(OTHER_SITE)('refuses a cover image and an image block at %j, saving nothing', async (url) => {
    const before = await contentSnapshot();
    const cover = await save({ coverImageUrl: url, coverImageAlt: 'Kuva' }, [{ type: 'text', html: '<p>Hei.</p>' }]);
    expect(cover.fieldErrors?.coverImageUrl).toMatch(/^Kuvan osoite näyttää tämän kaupan tiedostolta, mutta selain hakisi kuvan toiselta sivustolta/);
    const block = await save({}, [{ type: 'image', url, alt: 'Kuva' }]);
    expect(block.fieldErrors?.['body.0.url']).toMatch(/^Kuvan osoite näyttää tämän kaupan tiedostolta/);
    expect(await contentSnapshot()).toEqual(before);
  });

  it.each(OTHER_SITE)('refuses a product picture at %j', (url) => {
    expect(imageSchema.safeParse({ url, altFi: 'Kuva' }).success).toBe(false);
  });

  it('keeps a product picture of the shop or at an https address', () => {
    expect(imageSchema.safeParse({ url: '/uploads/sukat.webp', altFi: 'Kuva' }).success).toBe(true);
    expect(imageSchema.safeParse({ url: 'https://cdn.example.com/sukat.webp', altFi: 'Kuva' }).success).toBe(true);
  });
});

describe('links in rich text', () => {
  it('keep their words but lose an address that leaves the shop', async () => {
    const links = OTHER_SITE.map((href, i) => `<a href="${href.replace(/"/g, '&quot;')}">sana${i}</a>`).join(' ');
    const state = await save({}, [{ type: 'text', html: `<p>${links} <a href="/tarinat">tarinat</a></p>` }]);
    expect(state.status).toBe('ok');
    const id = /\/admin\/content\/([0-9a-f-]{36})/.exec(state.redirectTo ?? '')![1];
    const [block] = readContentBody((await prisma.content.findUniqueOrThrow({ where: { id } })).body) as { html: string }[];
    expect(block.html.match(/href="[^"]*"/g)).toEqual(['href="/tarinat"']);
    for (let i = 0; i < OTHER_SITE.length; i++) expect(block.html).toContain(`sana${i}`);
  });
});
