// Where a link or image address that someone typed may point. Browsers read addresses
// forgivingly: they drop tabs and newlines anywhere, take "\" for "/", and read "//host" as another
// site, so "/\evil.example", "\\evil.example" and "/<tab>/evil.example" all leave the shop, and
// servers that decode "%5c" or "%2f" can turn "/%5cevil.example" into one. These checks refuse
// every such spelling; the last word is the WHATWG URL parser that browsers use.

const HERE = 'https://shop.invalid';
/** Whitespace, control characters and backslashes: never needed in an address, often a disguise. */
const DISGUISE = /[\s\u0000-\u001F\u007F-\u009F\\]|%5c/i;

/** A path of this shop ("/events", "/product/x?size=m#reviews") that a browser keeps on this shop. */
export function isShopPath(value: string): boolean {
  if (!value.startsWith('/') || DISGUISE.test(value) || /^\/(\/|%2f)/i.test(value)) return false;
  const url = new URL(value, HERE);
  return url.origin === HERE && !url.pathname.startsWith('//');
}

/** Written like a path of this shop (it starts with "/" or "\"), whether or not it is one. */
export function looksLikeShopPath(value: string): boolean {
  return /^[/\\]/.test(value);
}

/** A full address with one of these schemes, written plainly ("https://host/..." or "mailto:..."). */
export function isAbsoluteLink(value: string, schemes: readonly ('http' | 'https' | 'mailto')[]): boolean {
  if (DISGUISE.test(value)) return false;
  const scheme = /^([a-z]+):/i.exec(value)?.[1]?.toLowerCase();
  if (!scheme || !(schemes as readonly string[]).includes(scheme)) return false;
  if (scheme !== 'mailto' && !/^[a-z]+:\/\/[^/?#]/i.test(value)) return false;
  return URL.canParse(value);
}
