import 'server-only';
import type { Adapter, AdapterUser } from 'next-auth/adapters';
import { prisma } from '@/lib/db';

// The small part of next-auth's adapter interface that e-mail (magic link) sign-in uses with
// JWT sessions: users by e-mail and one-time verification tokens. There are no OAuth accounts.

type UserRow = { id: string; email: string; name: string | null; emailVerified: Date | null };

function toAdapterUser(user: UserRow): AdapterUser {
  return { id: user.id, email: user.email, name: user.name, emailVerified: user.emailVerified };
}

export const authAdapter: Adapter = {
  async createUser(user: Omit<AdapterUser, 'id'>) {
    // A magic link to an unknown address creates a customer account.
    const created = await prisma.user.create({
      data: { email: user.email.toLowerCase(), name: user.name ?? null, emailVerified: user.emailVerified },
    });
    return toAdapterUser(created);
  },
  async getUser(id) {
    const user = await prisma.user.findUnique({ where: { id } });
    return user ? toAdapterUser(user) : null;
  },
  async getUserByEmail(email) {
    const user = await prisma.user.findUnique({ where: { email: email.toLowerCase() } });
    return user?.active ? toAdapterUser(user) : null;
  },
  async getUserByAccount() {
    return null;
  },
  async updateUser(user) {
    const updated = await prisma.user.update({
      where: { id: user.id },
      data: { emailVerified: user.emailVerified ?? undefined },
    });
    return toAdapterUser(updated);
  },
  async linkAccount() {
    throw new Error('Linked accounts are not supported');
  },
  async createVerificationToken(token) {
    await prisma.verificationToken.create({ data: token });
    return token;
  },
  async useVerificationToken({ identifier, token }) {
    try {
      return await prisma.verificationToken.delete({ where: { identifier_token: { identifier, token } } });
    } catch {
      return null; // already used or never issued
    }
  },
};
