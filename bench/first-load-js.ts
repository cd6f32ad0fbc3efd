// The JavaScript a browser downloads to show a page for the first time, gzipped (level 9).
// Scripts marked `nomodule` (Next's legacy polyfills) are left out: browsers that run modules,
// every browser the shop supports, never download them. Brotli, which `next start` behind a
// proxy usually serves, is given for information.
import { brotliCompressSync, gzipSync } from 'node:zlib';

export type FirstLoadJs = { files: number; gzipBytes: number; brotliBytes: number; skippedNoModule: number };

export async function firstLoadJs(pageUrl: string): Promise<FirstLoadJs> {
  const html = await (await fetch(pageUrl)).text();
  const tags = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js[^"]*)"[^>]*>/gi)];
  const loaded = tags.filter((tag) => !/\bnomodule\b/i.test(tag[0])).map((tag) => tag[1]);
  const unique = [...new Set(loaded)];
  let gzipBytes = 0;
  let brotliBytes = 0;
  for (const src of unique) {
    const body = Buffer.from(await (await fetch(new URL(src, pageUrl))).arrayBuffer());
    gzipBytes += gzipSync(body, { level: 9 }).length;
    brotliBytes += brotliCompressSync(body).length;
  }
  return { files: unique.length, gzipBytes, brotliBytes, skippedNoModule: tags.length - loaded.length };
}
