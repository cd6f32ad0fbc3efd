// Demo pictures drawn as small SVG files: a coloured background, a simple shape for the category
// and the product's name. No photos can be downloaded here, and these stay well under 2 KB.
// The files are committed under public/demo (Next serves only what is there at build time);
// `npx tsx prisma/seed/write-images.ts` draws them again after the catalog changes.
import type { PictureShape } from './catalog-data/types';

export const PRODUCT_IMAGE_SIZE = { width: 400, height: 400 };

export function productImageUrl(slug: string): string {
  return `/demo/products/${slug}.svg`;
}

export function contentImageUrl(slug: string): string {
  return `/demo/content/${slug}.svg`;
}

// Background and ink colours: rowan red, birch, moss, lake, heather, sand, spruce, clay.
const PALETTE: [string, string][] = [
  ['#f6d5cc', '#8c2f1b'],
  ['#efe9dc', '#4a4032'],
  ['#dfe8d3', '#34502a'],
  ['#d4e4ef', '#1f4e6e'],
  ['#e8dcec', '#5b3566'],
  ['#f3e6c4', '#6b4f12'],
  ['#d3e3dc', '#1f4d3d'],
  ['#f0d9c6', '#7a3f18'],
];

// Each shape is drawn in a 400 x 400 box, above the text.
const SHAPES: Record<PictureShape, string> = {
  cup: '<path d="M145 100h100v70a50 50 0 0 1-100 0z"/><path d="M245 118h14a24 24 0 0 1 0 48h-14" fill="none" stroke="currentColor" stroke-width="10"/>',
  pot: '<rect x="130" y="110" width="140" height="100" rx="18"/><rect x="105" y="125" width="30" height="12" rx="6"/><rect x="265" y="125" width="30" height="12" rx="6"/><rect x="150" y="95" width="100" height="14" rx="7"/>',
  house: '<path d="M200 70l90 70h-20v80H130v-80h-20z"/>',
  mountain: '<path d="M90 220l80-130 50 80 30-40 60 90z"/>',
  star: '<path d="M200 70l26 54 59 8-43 41 10 59-52-28-52 28 10-59-43-41 59-8z"/>',
  book: '<path d="M130 80h130a10 10 0 0 1 10 10v130H140a10 10 0 0 1-10-10z"/><rect x="140" y="200" width="130" height="8" fill="#fff" opacity=".6"/>',
  gift: '<rect x="130" y="120" width="140" height="100" rx="6"/><rect x="120" y="100" width="160" height="30" rx="6"/><rect x="192" y="100" width="16" height="120" fill="#fff" opacity=".7"/>',
  leaf: '<path d="M130 220c0-90 60-140 140-140 0 90-50 140-140 140z"/><path d="M135 215l110-110" stroke="#fff" stroke-width="6" opacity=".7"/>',
};

function hash(text: string): number {
  let h = 0;
  for (const char of text) h = (h * 31 + char.charCodeAt(0)) >>> 0;
  return h;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Splits a name into at most three lines of about `width` characters, breaking after commas. */
function lines(name: string, width = 22): string[] {
  const result: string[] = [];
  // Keep numbers with their units together: "130 x 180 cm", "400 g".
  const glued = name.replace(/(?<=\d) | (?=x )|(?<= x) /g, '\u00a0');
  for (const part of glued.split(/,\s*/)) {
    let line = '';
    for (const word of part.split(' ')) {
      if (line && (line + ' ' + word).length > width) {
        result.push(line);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    if (line) result.push(line);
  }
  return result.slice(0, 3);
}

export function pictureSvg(options: { key: string; title: string; shape: PictureShape }): string {
  const [background, ink] = PALETTE[hash(options.key) % PALETTE.length];
  const text = lines(options.title)
    .map((line, i) => `<tspan x="200" dy="${i === 0 ? 0 : 30}">${escapeXml(line)}</tspan>`)
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400" role="img">` +
    `<rect width="400" height="400" fill="${background}"/>` +
    `<g fill="${ink}" color="${ink}">${SHAPES[options.shape]}</g>` +
    `<text x="200" y="285" fill="${ink}" font-family="system-ui,sans-serif" font-size="24" font-weight="600" text-anchor="middle">${text}</text>` +
    `</svg>\n`
  );
}
