import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import EmailProvider from 'next-auth/providers/email';
import { prisma } from '@/lib/db';
import { sendEmail } from '@/lib/email/outbox';
import { magicLinkEmail } from '@/lib/email/templates/account-emails';
import { mergeGuestCartAtSignIn } from '@/lib/cart/merge-guest-cart-at-sign-in';
import { isAppError } from '@/lib/errors';
import { authenticate } from '@/lib/users/authenticate';
import { authAdapter } from './adapter';
import { clientIp } from './client-ip';

// Errors the sign-in form shows in the user's language (next-auth passes them as `error`).
export const SIGN_IN_ERRORS = { rateLimited: 'RATE_LIMITED', invalid: 'CredentialsSignin' } as const;

export const authOptions: NextAuthOptions = {
  adapter: authAdapter,
  session: { strategy: 'jwt', maxAge: 30 * 24 * 3600 },
  pages: { signIn: '/signin', error: '/signin', verifyRequest: '/signin?sent=1' },
  providers: [
    CredentialsProvider({
      id: 'credentials',
      name: 'credentials',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials, req) {
        if (!credentials?.email || !credentials.password) return null;
        try {
          const user = await authenticate(credentials.email, credentials.password, clientIp(req?.headers));
          return user ? { id: user.id, email: user.email, name: user.name } : null;
        } catch (error) {
          if (isAppError(error, 'RATE_LIMITED')) throw new Error(SIGN_IN_ERRORS.rateLimited);
          throw error;
        }
      },
    }),
    EmailProvider({
      // The link is sent through the shop's own outbox (SMTP or the local folder).
      server: 'smtp://unused.invalid',
      maxAge: 24 * 3600,
      async sendVerificationRequest({ identifier, url }) {
        const user = await prisma.user.findUnique({ where: { email: identifier }, select: { locale: true } });
        const locale = user?.locale ?? (new URL(url).searchParams.get('callbackUrl')?.includes('/en') ? 'en' : 'fi');
        await sendEmail(await magicLinkEmail(identifier, url, locale));
      },
    }),
  ],
  events: {
    // A guest's cart (cookie) joins the account's cart at sign-in; the back office shows "last seen".
    async signIn({ user }) {
      await prisma.user.updateMany({ where: { id: user.id }, data: { lastSeenAt: new Date() } });
      await mergeGuestCartAtSignIn(user.id);
    },
  },
  callbacks: {
    async signIn({ user }) {
      // Deactivated accounts cannot sign in by any method.
      const row = await prisma.user.findUnique({ where: { id: user.id }, select: { active: true } });
      return row?.active ?? true;
    },
    async jwt({ token, user }) {
      if (user) {
        const row = await prisma.user.findUnique({ where: { id: user.id }, select: { role: true, locale: true } });
        token.sub = user.id;
        token.role = row?.role ?? 'CUSTOMER';
        token.locale = row?.locale ?? 'fi';
      }
      return token;
    },
    async session({ session, token }) {
      session.user = { ...session.user, id: token.sub ?? '', role: token.role, locale: token.locale };
      return session;
    },
  },
};
