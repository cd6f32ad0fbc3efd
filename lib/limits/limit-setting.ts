/** A limit from an environment variable: a whole number above 0, else the default. */
export function limitSetting(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isSafeInteger(value) && value > 0 ? value : fallback;
}
