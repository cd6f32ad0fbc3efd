import type { Db } from '../../lib/db';

/** The seed's database handle: the client or an interactive transaction of it. */
export type SeedDb = Omit<Db, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

export type SeedSummary = {
  stores: number;
  categories: number;
  products: number;
  variants: number;
  stockLevels: number;
  users: number;
  contents: number;
  events: number;
};

/** The blocks of a content body (contents.body), as the demo content uses them. */
export type ContentBlock =
  | { type: 'heading'; text: string }
  | { type: 'text'; text: string }
  | { type: 'quote'; text: string; cite?: string }
  | { type: 'productCard'; productSlug: string }
  | { type: 'productGrid'; title?: string; productSlugs: string[] }
  /** href is an app path without the locale prefix ("/events"); the page adds the locale. */
  | { type: 'callToAction'; text: string; href: string };
