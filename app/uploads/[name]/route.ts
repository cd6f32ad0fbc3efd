import { getUpload } from '@/lib/media/get-upload';

type Context = { params: Promise<{ name: string }> };

/** An uploaded picture. Names are random and never reused, so browsers may keep them for good. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { name } = await params;
  const upload = await getUpload(name);
  if (!upload) {
    return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });
  }
  return new Response(upload.bytes, {
    headers: {
      'Content-Type': upload.contentType,
      'Content-Length': String(upload.bytes.byteLength),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    },
  });
}
