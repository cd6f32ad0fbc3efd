import { formatCents } from '@/lib/money';

// An audit entry's data in a line or two a person can read: "12,90 € → 14,90 €", "reason: rikki".

export type AuditDataItem = { key: string; value: string };

const MAX_VALUE = 120;
/** Pairs of top-level fields shown as one "old → new" line. */
const PAIRS: [string, string][] = [
  ['before', 'after'],
  ['beforeCents', 'afterCents'],
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

function show(value: unknown, key: string, locale: string): string {
  if (value === null || value === undefined) return '–';
  if (key.endsWith('Cents') && Number.isInteger(value)) return formatCents(value as number, locale);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

/**
 * The data's top-level fields. {before: {...}, after: {...}} becomes one line per field that
 * changed; before/after values (and beforeCents/afterCents, as money) one "old → new" line; a
 * nested {from, to} or {before, after} its own "old → new".
 */
export function summarizeAuditData(data: unknown, locale = 'fi'): AuditDataItem[] {
  if (data === null || data === undefined) return [];
  if (!isRecord(data)) return [{ key: '', value: show(data, '', locale) }];
  if (isRecord(data.before) && isRecord(data.after)) {
    const before = data.before;
    const after = data.after;
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    const changed = keys
      .filter((key) => show(before[key], key, locale) !== show(after[key], key, locale))
      .map((key) => ({ key, value: `${show(before[key], key, locale)} → ${show(after[key], key, locale)}` }));
    const rest = Object.entries(data).filter(([key]) => key !== 'before' && key !== 'after');
    return [...changed, ...rest.map(([key, value]) => ({ key, value: show(value, key, locale) }))];
  }
  const items: AuditDataItem[] = [];
  for (const [key, value] of Object.entries(data)) {
    const pair = PAIRS.find(([first, second]) => key === first && second in data);
    if (PAIRS.some(([first, second]) => key === second && first in data)) continue;
    if (pair) {
      items.push({ key: '', value: `${show(value, pair[0], locale)} → ${show(data[pair[1]], pair[1], locale)}` });
    } else if (isRecord(value) && 'before' in value && 'after' in value) {
      items.push({ key, value: `${show(value.before, key, locale)} → ${show(value.after, key, locale)}` });
    } else if (isRecord(value) && 'from' in value && 'to' in value) {
      items.push({ key, value: `${show(value.from, key, locale)} → ${show(value.to, key, locale)}` });
    } else {
      items.push({ key, value: show(value, key, locale) });
    }
  }
  return items;
}
