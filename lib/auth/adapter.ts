import 'server-only';
import type { Adapter, AdapterUser } from 'next-auth/adapters';
import { prisma } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';

// The small part of next-auth's adapter interface that e-mail (magic link) sign-in uses with
// JWT sessions: users by e-mail and one-time verification tokens. There are no OAuth accounts.

type UserRow = { id: string; email: string; name: string | null; emailVerified: Date | null };

function toAdapterUser(user: UserRow): AdapterUser {
  return { id: user.id, email: user.email, name: user.name, emailVerified: user.emailVerified };
}

export const authAdapter: Adapter = {
  async createUser(user: Omit<AdapterUser, 'id'>) {
    // A sign-in link's first use for an address without an account creates a customer account
    // (the link proved the address). Two such links opened at once: the unique index decides.
    const email = user.email.toLowerCase();
    try {
      const created = await prisma.user.create({ data: { email, name: user.name ?? null, emailVerified: user.emailVerified } });
      return toAdapterUser(created);
    } catch (error) {
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')) throw error;
      return toAdapterUser(await prisma.user.findUniqueOrThrow({ where: { email } }));
    }
  },
  async getUser(id) {
    const user = await prisma.user.findUnique({ where: { id } });
    return user ? toAdapterUser(user) : null;
  },
  async getUserByEmail(email) {
    // Deactivated accounts too: the signIn callback refuses them (returning null here would make
    // next-auth try to create a second account with the same address).
    const user = await prisma.user.findUnique({ where: { email: email.toLowerCase() } });
    return user ? toAdapterUser(user) : null;
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
    // next-auth stores the token's SHA-256 (with the secret), never the token itself. Expired
    // ones, used or not, go as new ones are made.
    await prisma.verificationToken.deleteMany({ where: { expires: { lt: new Date() } } });
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
