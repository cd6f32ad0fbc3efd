/** A URL slug from a name: "Kahvikuppi Ääni" -> "kahvikuppi-aani" (Finnish and Swedish letters folded). */
export function slugify(text: string): string {
  return text
    .toLocaleLowerCase('fi')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
    .replace(/-+$/, '');
}
