// Demo accounts, one per role, all with the same published password. Only for demo and
// development databases: the CLI refuses to create them in production unless told to.
import { hashPassword } from '../../lib/auth/password';
import { newId } from './ids';
import type { SeededStores } from './stores';
import type { SeedDb } from './types';

export const DEMO_PASSWORD = 'Pihlaja-demo-2026';

export const DEMO_ACCOUNTS = [
  { email: 'omistaja@pihlajanpuoti.example', name: 'Päivi Pihlaja', role: 'OWNER', store: null },
  { email: 'jyvaskyla@pihlajanpuoti.example', name: 'Jussi Järvinen', role: 'STAFF', store: 'jyvaskyla' },
  { email: 'tampere@pihlajanpuoti.example', name: 'Taina Tammi', role: 'STAFF', store: 'tampere' },
  { email: 'asiakas@pihlajanpuoti.example', name: 'Aino Asiakas', role: 'CUSTOMER', store: null },
] as const;

export type SeededUsers = { ownerId: string; count: number };

export async function seedDemoUsers(db: SeedDb, stores: SeededStores, passwordHash: string): Promise<SeededUsers> {
  const users = DEMO_ACCOUNTS.map((account) => ({ id: newId('user', account.email), ...account }));
  await db.user.createMany({
    data: users.map(({ id, email, name, role }) => ({
      id,
      email,
      name,
      role,
      passwordHash,
      locale: 'fi' as const,
      emailVerified: new Date(),
    })),
  });
  await db.staffAssignment.createMany({
    data: users.flatMap(({ id, store }) => (store ? [{ userId: id, storeId: stores[store].id }] : [])),
  });
  return { ownerId: users.find((u) => u.role === 'OWNER')!.id, count: users.length };
}

/** Hashed before the seed's transaction opens: argon2 is deliberately slow. */
export function hashDemoPassword(): Promise<string> {
  return hashPassword(DEMO_PASSWORD);
}
