import { randomUUID } from 'node:crypto';

/** Ids made here, so that related rows can be inserted in bulk with createMany. */
export const newId = (): string => randomUUID();
