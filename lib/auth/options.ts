import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import EmailProvider from 'next-auth/providers/email';
import { headers } from 'next/headers';
import { prisma } from '@/lib/db';
import { mergeGuestCartAtSignIn } from '@/lib/cart/merge-guest-cart-at-sign-in';
import { isAppError } from '@/lib/errors';
import { authenticate } from '@/lib/users/authenticate';
import { afterResponse } from '@/lib/users/after-response';
import { queueSignInLink } from '@/lib/users/queue-sign-in-link';
import { authAdapter } from './adapter';
import { clientIp } from './client-ip';
import { currentDeviceCookie, rememberDevice } from './device-cookie';
import { claimAuthEmail } from './email-limit';

// Errors the sign-in form shows in the user's language (next-auth passes them as `error`).
export const SIGN_IN_ERRORS = { rateLimited: 'RATE_LIMITED', invalid: 'CredentialsSignin', linkRateLimited: 'LINK_RATE_LIMITED' } as const;

const SESSION_MAX_AGE_SECONDS = 30 * 24 * 3600;

/** The sign-in page with an error for the form (next-auth's client reads `error` from it). */
function signInPageWithError(error: string): string {
  const base = (process.env.NEXTAUTH_URL ?? 'http://localhost:3000').replace(/\/$/, '');
  return `${base}/signin?error=${error}`;
}

export const authOptions: NextAuthOptions = {
  adapter: authAdapter,
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/signin', error: '/signin', verifyRequest: '/signin?sent=1' },
  providers: [
    CredentialsProvider({
      id: 'credentials',
      name: 'credentials',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials, req) {
        if (!credentials?.email || !credentials.password) return null;
        try {
          const user = await authenticate(credentials.email, credentials.password, clientIp(req?.headers), await currentDeviceCookie());
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
      // Written and sent after the answer, which is the same for every address.
      async sendVerificationRequest({ identifier, url }) {
        afterResponse(() => queueSignInLink(identifier, url));
      },
    }),
  ],
  events: {
    // A guest's cart (cookie) joins the account's cart at sign-in; the back office shows "last
    // seen"; the browser gets a device cookie, so failures elsewhere never lock it out.
    async signIn({ user }) {
      await prisma.user.updateMany({ where: { id: user.id }, data: { lastSeenAt: new Date() } });
      await mergeGuestCartAtSignIn(user.id);
      await rememberDevice(user.id);
    },
  },
  callbacks: {
    async signIn({ user, email }) {
      // Asking for a sign-in link: the same answer for every address (with an account or not),
      // within the limits on such e-mails per address and network.
      if (email?.verificationRequest) {
        try {
          await claimAuthEmail('sign-in-link', String(user.email ?? ''), clientIp(await headers()));
        } catch (error) {
          if (isAppError(error, 'RATE_LIMITED')) return signInPageWithError(SIGN_IN_ERRORS.linkRateLimited);
          throw error;
        }
        return true;
      }
      // Deactivated accounts cannot sign in by any method. An address without an account (a link's
      // first use) gets a customer account next (authAdapter.createUser).
      const row = user.email
        ? await prisma.user.findUnique({ where: { email: user.email.toLowerCase() }, select: { active: true } })
        : null;
      return row?.active ?? true;
    },
    async jwt({ token, user }) {
      if (user) {
        const row = await prisma.user.findUnique({
          where: { id: user.id },
          select: { role: true, locale: true, sessionVersion: true },
        });
        token.sub = user.id;
        token.role = row?.role ?? 'CUSTOMER';
        token.locale = row?.locale ?? 'fi';
        token.sv = row?.sessionVersion ?? 0;
      }
      return token;
    },
    async session({ session, token }) {
      session.user = { ...session.user, id: token.sub ?? '', role: token.role, locale: token.locale, sv: token.sv ?? 0 };
      return session;
    },
  },
};

export { SESSION_MAX_AGE_SECONDS };
