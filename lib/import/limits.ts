/** The largest file an import reads (10 MB); a larger one is refused before it is parsed. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** Row errors kept with an import run (the count is always exact). */
export const MAX_STORED_ERRORS = 1000;
