// The demo accounts created by the seed (see README.md).
export const DEMO_PASSWORD = 'Pihlaja-demo-2026';

export const accounts = {
  owner: { email: 'omistaja@pihlajanpuoti.example', password: DEMO_PASSWORD },
  staffJyvaskyla: { email: 'jyvaskyla@pihlajanpuoti.example', password: DEMO_PASSWORD },
  staffTampere: { email: 'tampere@pihlajanpuoti.example', password: DEMO_PASSWORD },
  customer: { email: 'asiakas@pihlajanpuoti.example', password: DEMO_PASSWORD },
} as const;

/** 'staff' works in Jyväskylä, 'staffTampere' in Tampere. */
export type Person = 'owner' | 'staff' | 'staffTampere' | 'customer';

export const storageState = (person: Person) => `e2e/.auth/${person}.json`;

/** A new address for each call, so that tests never share a person. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}
