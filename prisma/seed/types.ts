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

/** The blocks of a content body (contents.body), as the editor saves them. */
export type { ContentBlockInput as ContentBlock } from '../../lib/content/blocks';
