import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n-client-messages';

// The product and stock screens have client forms with strings of their own.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages extra={['adminProducts']}>{children}</ClientMessages>;
}
