// Product pictures uploaded in the editor: only the owner, only real PNG/JPEG/WebP files of at
// most 5 MB, kept in the database (every app instance serves them; nothing is written to
// DATA_DIR) and served back with their true type. Files older installs kept under
// DATA_DIR/uploads are still served, and copied into the database when first served.
import '../support/test-database';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/uploads/[name]/route';
import { uploadImageAction } from '@/lib/actions/upload-image';
import { prisma } from '@/lib/db';
import { saveImageUpload } from '@/lib/media/save-image-upload';
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

/** Files under DATA_DIR/uploads (uploads no longer write any). */
function uploadedFiles(): string[] {
  try {
    return readdirSync(path.join(dataDir, 'uploads'));
  } catch {
    return [];
  }
}

async function storedUploads(): Promise<string[]> {
  return (await prisma.upload.findMany({ select: { name: true } })).map((upload) => upload.name);
}

function serve(name: string) {
  return GET(new Request(`http://shop.test/uploads/${name}`), { params: Promise.resolve({ name }) });
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
  process.env.DATA_DIR = dataDir;
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
    expect(await storedUploads()).toEqual([]);
    expect(uploadedFiles()).toEqual([]);
  });

  it('keeps a PNG under a random name and serves it back as a PNG', async () => {
    const result = await uploadImageAction(fileForm(PNG, '../../etc/passwd.png', 'image/png'));
    expect(result).toEqual({ ok: true, url: expect.stringMatching(/^\/uploads\/[0-9a-f-]{36}\.png$/) });
    const name = (result as { url: string }).url.split('/').pop()!;
    expect(await storedUploads()).toContain(name);
    expect(uploadedFiles()).toEqual([]);

    const response = await serve(name);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PNG);
  });

  it('refuses SVG (also when it claims to be a PNG) and files over 5 MB', async () => {
    const before = (await storedUploads()).length;
    expect(await uploadImageAction(fileForm(SVG, 'kuva.svg', 'image/svg+xml'))).toEqual({
      ok: false,
      message: 'Vain PNG-, JPEG- ja WebP-kuvat käyvät (SVG ei käy).',
    });
    expect(await uploadImageAction(fileForm(SVG, 'kuva.png', 'image/png'))).toMatchObject({ ok: false });
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(PNG);
    expect(await uploadImageAction(fileForm(big, 'iso.png', 'image/png'))).toEqual({ ok: false, message: 'Kuva on liian suuri: enintään 5 Mt.' });
    expect(await storedUploads()).toHaveLength(before);
    expect(uploadedFiles()).toEqual([]);
  });

  it('serves nothing but uploaded pictures', async () => {
    for (const name of ['..%2Fauth-secret', 'auth-secret', '00000000-0000-4000-8000-000000000000.png']) {
      const response = await serve(name);
      expect(response.status).toBe(404);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });
});

describe('uploads shared by every app instance', () => {
  const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]);
  const WEBP = new Uint8Array([0x52, 0x49, 0x46, 0x46, 4, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50, 0x38]);

  it('serves a picture saved through the domain function from the database, on an instance with no file of it', async () => {
    const urls = await Promise.all([
      saveImageUpload(new File([JPEG], 'kuva.jpg', { type: 'image/png' })),
      saveImageUpload(new File([WEBP], 'kuva', { type: 'application/octet-stream' })),
    ]);
    expect(uploadedFiles()).toEqual([]);
    // The other machine: a data folder of its own, empty.
    const otherDataDir = mkdtempSync(path.join(tmpdir(), 'digijalka-other-instance-'));
    process.env.DATA_DIR = otherDataDir;
    try {
      for (const [url, type, bytes] of [[urls[0], 'image/jpeg', JPEG], [urls[1], 'image/webp', WEBP]] as const) {
        expect(url).toMatch(type === 'image/jpeg' ? /^\/uploads\/[0-9a-f-]{36}\.jpg$/ : /^\/uploads\/[0-9a-f-]{36}\.webp$/);
        const response = await serve(url.split('/').pop()!);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe(type);
        expect(response.headers.get('content-length')).toBe(String(bytes.length));
        expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
      }
      expect(readdirSync(otherDataDir)).toEqual([]);
    } finally {
      rmSync(otherDataDir, { recursive: true, force: true });
    }
  });

  it('still serves a file an older install kept under DATA_DIR/uploads, and copies it into the database for the other instances', async () => {
    const name = '3f1c2b9a-7d4e-4c1a-9b2f-0123456789ab.png';
    mkdirSync(path.join(dataDir, 'uploads'), { recursive: true });
    writeFileSync(path.join(dataDir, 'uploads', name), PNG);
    try {
      const fromDisk = await serve(name);
      expect(fromDisk.status).toBe(200);
      expect(fromDisk.headers.get('content-type')).toBe('image/png');
      expect(new Uint8Array(await fromDisk.arrayBuffer())).toEqual(PNG);
      expect(await prisma.upload.findUnique({ where: { name } })).toMatchObject({ contentType: 'image/png', bytes: PNG });
      // Served twice at once (two instances): one copy, no error.
      expect((await Promise.all([serve(name), serve(name)])).map((r) => r.status)).toEqual([200, 200]);
    } finally {
      rmSync(path.join(dataDir, 'uploads'), { recursive: true, force: true });
    }
    const fromDatabase = await serve(name);
    expect(fromDatabase.status).toBe(200);
    expect(new Uint8Array(await fromDatabase.arrayBuffer())).toEqual(PNG);
  });

  it('the database keeps only what an upload may be', async () => {
    const bytes = new Uint8Array(PNG);
    await expect(prisma.upload.create({ data: { name: '../secret.png', contentType: 'image/png', bytes } })).rejects.toThrow(/uploads_name_check/);
    await expect(prisma.upload.create({ data: { name: '3f1c2b9a-7d4e-4c1a-9b2f-0123456789ac.svg', contentType: 'image/png', bytes } })).rejects.toThrow(/uploads_name_check/);
    await expect(prisma.upload.create({ data: { name: '3f1c2b9a-7d4e-4c1a-9b2f-0123456789ad.png', contentType: 'image/svg+xml', bytes } })).rejects.toThrow(/uploads_content_type_check/);
  });
});
