import 'next-auth';
import 'next-auth/jwt';

type Role = 'CUSTOMER' | 'STAFF' | 'OWNER';

declare module 'next-auth' {
  interface Session {
    user: { id: string; email?: string | null; name?: string | null; role?: Role; locale?: 'fi' | 'en' };
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    role?: Role;
    locale?: 'fi' | 'en';
  }
}
