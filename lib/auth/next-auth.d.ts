import 'next-auth';
import 'next-auth/jwt';

type Role = 'CUSTOMER' | 'STAFF' | 'OWNER';

declare module 'next-auth' {
  interface Session {
    /** sv: the account's session version when this session signed in (see lib/auth/session.ts). */
    user: { id: string; email?: string | null; name?: string | null; role?: Role; locale?: 'fi' | 'en'; sv?: number };
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    role?: Role;
    locale?: 'fi' | 'en';
    /** The account's session version at sign-in: a password change raises it and ends this session. */
    sv?: number;
  }
}
