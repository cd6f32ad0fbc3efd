// What a shopper typed, turned into the two forms the search query needs. Only letters and
// digits survive, so the text-search syntax (&, |, !, :, quotes) can never be injected; the SQL
// takes both as parameters as well.

export const MAX_QUERY_LENGTH = 200;
const MAX_WORDS = 8;
const MAX_WORD_LENGTH = 40;

export type SearchTerms = {
  /** The words, lower-case and space-separated, for trigram similarity with product names. */
  text: string;
  /** A tsquery where every word may be the start of a longer one: "kahvi:* & suod:*". */
  prefixQuery: string;
};

/** The search terms of `input`, or null when it has no word to search for. */
export function searchTerms(input: string): SearchTerms | null {
  const words = (input.slice(0, MAX_QUERY_LENGTH).toLocaleLowerCase('fi').match(/[\p{L}\p{N}]+/gu) ?? [])
    .map((word) => word.slice(0, MAX_WORD_LENGTH))
    .slice(0, MAX_WORDS);
  if (words.length === 0) return null;
  return { text: words.join(' '), prefixQuery: words.map((word) => `${word}:*`).join(' & ') };
}

/** The query parameter as one trimmed string (the first when repeated), at most 200 characters. */
export function readQueryParam(value: string | string[] | null | undefined): string {
  const first = Array.isArray(value) ? value[0] : value;
  return (first ?? '').trim().slice(0, MAX_QUERY_LENGTH);
}
