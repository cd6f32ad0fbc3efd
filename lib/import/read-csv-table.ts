import { parse } from 'csv-parse/sync';

export type CsvTable = {
  /** Header cells as written (trimmed). */
  header: string[];
  /** Data rows; `row` is the spreadsheet row number (header = 1). Blank rows are left out (but counted). */
  rows: { row: number; cells: string[] }[];
};

/**
 * Parses CSV text: comma- or semicolon-separated (Finnish Excel writes semicolons), quoted
 * fields with line breaks, a byte order mark, ragged rows. Returns null when it is not CSV.
 */
export function readCsvTable(text: string): CsvTable | null {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
  let records: string[][];
  try {
    records = parse(body, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
  } catch {
    return null;
  }
  if (records.length === 0) return null;
  const [header, ...data] = records;
  return {
    header: header.map((cell) => cell.trim()),
    rows: data
      .map((cells, index) => ({ row: index + 2, cells }))
      .filter(({ cells }) => cells.some((cell) => cell.trim() !== '')),
  };
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}
