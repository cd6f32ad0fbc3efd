/** [1,2,3,4,5] in parts of 2 -> [[1,2],[3,4],[5]]. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size));
  return parts;
}
