// Draws the demo pictures into public/demo (committed files): one per product, one cover per
// story, guide and event. Run after changing the demo catalog or content:
//   npx tsx prisma/seed/write-images.ts
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CATEGORIES } from './catalog-data';
import { EVENTS } from './events';
import { contentImageUrl, pictureSvg, productImageUrl } from './images';
import { STORIES } from './stories';

const PUBLIC = path.resolve('public');

function writeAll(folder: string, files: { url: string; svg: string }[]) {
  const dir = path.join(PUBLIC, 'demo', folder);
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) rmSync(path.join(dir, name)); // drop pictures of removed items
  for (const file of files) writeFileSync(path.join(PUBLIC, file.url), file.svg);
  return files.length;
}

const products = CATEGORIES.flatMap((category) =>
  category.products.map((product) => ({
    url: productImageUrl(product.slug),
    svg: pictureSvg({ key: product.slug, title: product.nameFi, shape: category.shape }),
  })),
);
const covers = [...STORIES, ...EVENTS].map((item) => ({
  url: contentImageUrl(item.key),
  svg: pictureSvg({ key: item.key, title: item.fi.title, shape: item.shape }),
}));

console.log(`Wrote ${writeAll('products', products)} product pictures and ${writeAll('content', covers)} covers.`);
