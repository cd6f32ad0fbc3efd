import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n-client-messages';

// Signing in, signing up and resetting a password: client forms with the auth strings.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages extra={['auth']}>{children}</ClientMessages>;
}
