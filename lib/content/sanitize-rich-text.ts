// Rich text in content is HTML from the editor. Only a small set of tags and attributes survives,
// links may only point at this shop or at http(s)/mailto addresses, and every link to another
// site opens with rel="noopener noreferrer". Applied when content is saved and again when it is
// shown, so a row written some other way still cannot run script in a reader's browser.
import sanitizeHtml from 'sanitize-html';
import { isAbsoluteLink, isShopPath } from '@/lib/validation/safe-link';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'a', 'ul', 'ol', 'li', 'h3', 'h4', 'blockquote'],
  // rel is only ever set by the transform below (links to other sites).
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    b: 'strong',
    i: 'em',
    a: (tagName, attribs): sanitizeHtml.Tag => {
      const href = attribs.href ?? '';
      // The same rule as a call to action's link (blocks.ts): no disguised link to another site.
      if (isShopPath(href)) return { tagName, attribs: { href } };
      if (isAbsoluteLink(href, ['https', 'http', 'mailto'])) {
        return { tagName, attribs: /^https?:/i.test(href) ? { href, rel: 'noopener noreferrer' } : { href } };
      }
      return { tagName, attribs: {} };
    },
  },
};

export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

/** The words of rich text without its tags (for reading time, excerpts and search). */
export function richTextToPlain(html: string): string {
  // A space before each block tag keeps the words of two paragraphs apart ("<p>a</p><p>b</p>").
  const spaced = html.replace(/<\/?(p|li|ul|ol|h[1-6]|blockquote|div|br)\b[^>]*>/gi, ' $&');
  return sanitizeHtml(spaced, { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, ' ').trim();
}
