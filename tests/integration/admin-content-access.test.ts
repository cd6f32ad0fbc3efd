// Only the owner can change content: every content server action, called as a signed-out
// visitor, a customer and a staff member, is stopped before it changes anything.
import '../support/test-database';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createContentTranslationAction } from '@/lib/actions/create-content-translation';
import { publishContentAction } from '@/lib/actions/publish-content';
import { saveContentAction } from '@/lib/actions/save-content';
import { scheduleContentAction } from '@/lib/actions/schedule-content';
import { searchContentProductsAction } from '@/lib/actions/search-content-products';
import { unpublishContentAction } from '@/lib/actions/unpublish-content';
import { uploadImageAction } from '@/lib/actions/upload-image';
import { prisma } from '@/lib/db';
import { createProduct } from '../support/factories/catalog';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import { outcome, request, resetRequest } from '../support/request-stand-ins';
import { contentForm, contentSnapshot, createContentRow } from './admin-content-fixtures';

vi.mock('@/lib/auth/session', () => import('../support/request-stand-ins').then((m) => m.sessionStandIn));
vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlServerStandIn()));
vi.mock('@/i18n/navigation', () => import('../support/request-stand-ins').then((m) => m.i18nNavigationWithQueryStandIn));
vi.mock('next/navigation', () => import('../support/request-stand-ins').then((m) => m.nextNavigationStandIn));
vi.mock('next/cache', () => import('../support/request-stand-ins').then((m) => m.cacheStandIn));

const idle = { status: 'idle' } as const;
let draftId: string;
let publishedId: string;
let staffId: string;
let customerId: string;

beforeAll(async () => {
  const store = await createStore();
  const staff = await createUser({ role: 'STAFF' });
  await prisma.staffAssignment.create({ data: { userId: staff.id, storeId: store.id } });
  staffId = staff.id;
  customerId = (await createUser()).id;
  await createProduct({ nameFi: 'Suodatinkahvi' });
  draftId = (await createContentRow()).id;
  publishedId = (await createContentRow({ status: 'PUBLISHED', publishedAt: new Date() })).id;
});

beforeEach(resetRequest);

const png = () => {
  const data = new FormData();
  data.append('file', new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])], 'kuva.png', { type: 'image/png' }));
  return data;
};

const actions: { name: string; run: () => Promise<unknown> }[] = [
  { name: 'save (new)', run: () => saveContentAction(idle, contentForm({ title: 'Uusi tarina' })) },
  { name: 'save (existing)', run: () => saveContentAction(idle, contentForm({ contentId: draftId, title: 'Muutettu otsikko' })) },
  { name: 'publish', run: () => publishContentAction(idle, contentForm({ contentId: draftId })) },
  { name: 'unpublish', run: () => unpublishContentAction(idle, contentForm({ contentId: publishedId })) },
  { name: 'schedule', run: () => scheduleContentAction(idle, contentForm({ contentId: draftId, scheduledAt: '2099-01-01T12:00' })) },
  { name: 'create translation', run: () => createContentTranslationAction(idle, contentForm({ contentId: draftId })) },
  { name: 'product search', run: () => searchContentProductsAction('Suodatin') },
  { name: 'image upload', run: () => uploadImageAction(png()) },
];

const callers: { role: string; expected: string | RegExp; user: () => string | null }[] = [
  { role: 'a signed-out visitor', expected: /^redirect \/signin/, user: () => null },
  { role: 'a customer', expected: 'forbidden', user: () => customerId },
  { role: 'a staff member', expected: 'forbidden', user: () => staffId },
];

describe.each(callers)('$role', ({ expected, user }) => {
  it.each(actions)('is refused by $name and nothing changes', async ({ run }) => {
    request.userId = user();
    const before = await contentSnapshot();
    const result = await outcome(run);
    expect(result).toEqual(expect.stringMatching(expected));
    expect(await contentSnapshot()).toEqual(before);
    expect(request.revalidated).toEqual([]);
  });
});
