// What the hand-over search box can mean. A hardware scanner "types" the QR's text and presses
// Enter; staff type a code, an order number, a name or a phone number. One input can be several
// of these (a 6-digit code is also a number, a 6-letter word also a name), so the finder tries
// them in order: link, code, number, then name or phone.

export type HandoverQuery = {
  /** The QR's link to a hand-over page (`.../handover/<number>?code=<code>`). */
  link: { number: number; code: string | null } | null;
  /** Six letters or digits: maybe a pickup code (normalized: upper case, no spaces or dashes). */
  code: string | null;
  /** Only digits (or "#10001"): maybe an order number. */
  number: number | null;
  /** Enough digits for a phone number, without the country code or leading 0 ("401234567"). */
  phoneDigits: string | null;
  /** The text as typed, for a name search; null when too short to search by. */
  text: string | null;
};

const MAX_LENGTH = 300;
const LINK = /\/handover\/(\d{1,9})\/?(?:\?([^#\s]*))?/;
const CODE = /^[A-Z0-9]{6}$/;
const NUMBER = /^#?(\d{1,9})$/;
const PHONE = /^\+?[\d\s()-]+$/;

export function parseHandoverQuery(input: string): HandoverQuery {
  const text = input.trim().slice(0, MAX_LENGTH);
  const compact = text.toUpperCase().replace(/[\s-]+/g, '');
  const link = LINK.exec(text);
  if (link) {
    const code = new URLSearchParams(link[2] ?? '').get('code')?.trim();
    return { link: { number: Number(link[1]), code: code ? code : null }, code: null, number: null, phoneDigits: null, text: null };
  }
  const number = NUMBER.exec(compact);
  const digits = PHONE.test(text) ? text.replace(/\D/g, '').replace(/^(358|0)/, '') : '';
  return {
    link: null,
    code: CODE.test(compact) ? compact : null,
    number: number ? Number(number[1]) : null,
    phoneDigits: digits.length >= 4 ? digits : null,
    text: text.length >= 2 && /\p{L}/u.test(text) ? text : null,
  };
}
