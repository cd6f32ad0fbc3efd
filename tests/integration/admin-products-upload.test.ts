// Product pictures uploaded in the editor: only the owner, only real PNG/JPEG/WebP files of at
// most 5 MB, kept under DATA_DIR/uploads and served back with their true type.
import '../support/test-database';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/uploads/[name]/route';
import { uploadProductImageAction } from '@/lib/actions/admin-product-upload-image';
import { createUser } from '../support/factories/users';

type User = { id: string; role: 'CUSTOMER' | 'STAFF' | 'OWNER'; email: string; name: string | null; locale: 'fi' | 'en' };

const request = vi.hoisted(() => {
  class Navigated extends Error {
    constructor(readonly to: string) {
      super(`navigate to ${to}`);
    }
  }
  return { Navigated, user: null as null | User };
});

vi.mock('@/lib/auth/session', () => ({ getSessionUser: async () => request.user }));
vi.mock('next-intl/server', async () => {
  const { createTranslator } = await import('next-intl');
  const { loadMessages } = await import('@/i18n/messages');
  const messages = await loadMessages('fi');
  return {
    getLocale: async () => 'fi',
    getTranslations: async (namespace?: string) => createTranslator({ locale: 'fi', messages, namespace: namespace as never }),
  };
});
vi.mock('@/i18n/navigation', () => ({
  redirect: ({ href }: { href: string }) => {
    throw new request.Navigated(href);
  },
}));
vi.mock('next/navigation', () => ({
  forbidden: () => {
    throw new request.Navigated('403');
  },
}));

const dataDir = mkdtempSync(path.join(tmpdir(), 'digijalka-uploads-'));
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const SVG = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

let owner: User;
let staff: User;
let customer: User;

function fileForm(bytes: Uint8Array, name: string, type: string) {
  const data = new FormData();
  data.append('file', new File([bytes as Uint8Array<ArrayBuffer>], name, { type }));
  return data;
}

function uploadedFiles(): string[] {
  try {
    return readdirSync(path.join(dataDir, 'uploads'));
  } catch {
    return [];
  }
}

beforeAll(async () => {
  process.env.DATA_DIR = dataDir;
  const as = (u: { id: string; role: User['role']; email: string; name: string | null }): User => ({ ...u, locale: 'fi' });
  owner = as(await createUser({ role: 'OWNER' }));
  staff = as(await createUser({ role: 'STAFF' }));
  customer = as(await createUser());
});

afterAll(() => {
  delete process.env.DATA_DIR;
  rmSync(dataDir, { recursive: true, force: true });
});

beforeEach(() => {
  request.user = owner;
});

describe('uploading a product picture', () => {
  it.each([
    ['signed out', null, /^\/signin/],
    ['a customer', 'customer', /^403$/],
    ['staff', 'staff', /^403$/],
  ] as const)('refuses %s and keeps nothing', async (_who, who, expected) => {
    request.user = who === 'customer' ? customer : who === 'staff' ? staff : null;
    await expect(uploadProductImageAction(fileForm(PNG, 'kuva.png', 'image/png'))).rejects.toMatchObject({ to: expect.stringMatching(expected) });
    expect(uploadedFiles()).toEqual([]);
  });

  it('keeps a PNG under a random name and serves it back as a PNG', async () => {
    const result = await uploadProductImageAction(fileForm(PNG, '../../etc/passwd.png', 'image/png'));
    expect(result).toEqual({ ok: true, url: expect.stringMatching(/^\/uploads\/[0-9a-f-]{36}\.png$/) });
    const name = (result as { url: string }).url.split('/').pop()!;
    expect(uploadedFiles()).toContain(name);

    const response = await GET(new Request(`http://shop.test/uploads/${name}`), { params: Promise.resolve({ name }) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PNG);
  });

  it('refuses SVG (also when it claims to be a PNG) and files over 5 MB', async () => {
    const before = uploadedFiles().length;
    expect(await uploadProductImageAction(fileForm(SVG, 'kuva.svg', 'image/svg+xml'))).toEqual({
      ok: false,
      message: 'Vain PNG-, JPEG- ja WebP-kuvat käyvät (SVG ei käy).',
    });
    expect(await uploadProductImageAction(fileForm(SVG, 'kuva.png', 'image/png'))).toMatchObject({ ok: false });
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(PNG);
    expect(await uploadProductImageAction(fileForm(big, 'iso.png', 'image/png'))).toEqual({ ok: false, message: 'Kuva on liian suuri: enintään 5 Mt.' });
    expect(uploadedFiles()).toHaveLength(before);
  });

  it('serves nothing but uploaded pictures', async () => {
    for (const name of ['..%2Fauth-secret', 'auth-secret', '00000000-0000-4000-8000-000000000000.png']) {
      const response = await GET(new Request(`http://shop.test/uploads/${name}`), { params: Promise.resolve({ name }) });
      expect(response.status).toBe(404);
    }
  });
});
