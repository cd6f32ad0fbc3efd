import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n-client-messages';

// This part of the shop has client forms with strings of their own.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages extra={['account', 'orders', 'auth.languages', 'reviews.write']}>{children}</ClientMessages>;
}
