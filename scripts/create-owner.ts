// npm run owner:create -- EMAIL [NAME]
// Makes EMAIL the shop's owner: an existing account gets the OWNER role; otherwise an account is
// created with a random password, printed once (change it on the account page).
import { randomBytes } from 'node:crypto';
import { hashPassword } from '../lib/auth/password';
import { createPrismaClient } from '../lib/db';
import { emailSchema } from '../lib/validation/user';
import { startDatabase } from './database';
import { migrate } from './migrate';

const [rawEmail, ...nameParts] = process.argv.slice(2);
const parsed = emailSchema.safeParse(rawEmail ?? '');
if (!parsed.success) {
  console.error('Usage: npm run owner:create -- owner@example.com [Full Name]');
  process.exit(1);
}
const email = parsed.data;
const database = await startDatabase();
const db = createPrismaClient(database.url);
try {
  await migrate(database.url);
  const existing = await db.user.findUnique({ where: { email } });
  if (existing) {
    await db.user.update({ where: { id: existing.id }, data: { role: 'OWNER', active: true } });
    console.log(`${email} is now the owner.`);
  } else {
    const password = randomBytes(12).toString('base64url');
    await db.user.create({
      data: { email, name: nameParts.join(' ') || null, role: 'OWNER', passwordHash: await hashPassword(password) },
    });
    console.log(`Created the owner ${email} with the password ${password} (change it after signing in).`);
  }
} finally {
  await db.$disconnect();
  await database.stop();
}
