// Product pictures uploaded in the editor: only the owner, only real PNG/JPEG/WebP files of at
// most 5 MB, kept under DATA_DIR/uploads and served back with their true type.
import '../support/test-database';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/uploads/[name]/route';
import { uploadImageAction } from '@/lib/actions/upload-image';
import { createUser } from '../support/factories/users';
import { request, resetRequest } from '../support/request-stand-ins';

type User = Awaited<ReturnType<typeof createUser>>;

vi.mock('@/lib/auth/session', () => import('../support/request-stand-ins').then((m) => m.sessionStandIn));
vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlServerStandIn()));
vi.mock('@/i18n/navigation', () => import('../support/request-stand-ins').then((m) => m.i18nNavigationStandIn));
vi.mock('next/navigation', () => import('../support/request-stand-ins').then((m) => m.nextNavigationStandIn));

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
  owner = await createUser({ role: 'OWNER' });
  staff = await createUser({ role: 'STAFF' });
  customer = await createUser();
});

afterAll(() => {
  delete process.env.DATA_DIR;
  rmSync(dataDir, { recursive: true, force: true });
});

beforeEach(() => {
  resetRequest();
  request.userId = owner.id;
});

describe('uploading a product picture', () => {
  it.each([
    ['signed out', null, /^redirect \/signin/],
    ['a customer', 'customer', /^forbidden$/],
    ['staff', 'staff', /^forbidden$/],
  ] as const)('refuses %s and keeps nothing', async (_who, who, expected) => {
    request.userId = who === 'customer' ? customer.id : who === 'staff' ? staff.id : null;
    await expect(uploadImageAction(fileForm(PNG, 'kuva.png', 'image/png'))).rejects.toMatchObject({ how: expect.stringMatching(expected) });
    expect(uploadedFiles()).toEqual([]);
  });

  it('keeps a PNG under a random name and serves it back as a PNG', async () => {
    const result = await uploadImageAction(fileForm(PNG, '../../etc/passwd.png', 'image/png'));
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
    expect(await uploadImageAction(fileForm(SVG, 'kuva.svg', 'image/svg+xml'))).toEqual({
      ok: false,
      message: 'Vain PNG-, JPEG- ja WebP-kuvat käyvät (SVG ei käy).',
    });
    expect(await uploadImageAction(fileForm(SVG, 'kuva.png', 'image/png'))).toMatchObject({ ok: false });
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(PNG);
    expect(await uploadImageAction(fileForm(big, 'iso.png', 'image/png'))).toEqual({ ok: false, message: 'Kuva on liian suuri: enintään 5 Mt.' });
    expect(uploadedFiles()).toHaveLength(before);
  });

  it('serves nothing but uploaded pictures', async () => {
    for (const name of ['..%2Fauth-secret', 'auth-secret', '00000000-0000-4000-8000-000000000000.png']) {
      const response = await GET(new Request(`http://shop.test/uploads/${name}`), { params: Promise.resolve({ name }) });
      expect(response.status).toBe(404);
    }
  });
});
