import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n-client-messages';

// The customer page's forms (notes, erase) have strings of their own.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages extra={['adminCustomers']}>{children}</ClientMessages>;
}
