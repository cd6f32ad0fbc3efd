import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n-client-messages';

// The staff forms (invite, stores, deactivate) have strings of their own.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages extra={['adminStores']}>{children}</ClientMessages>;
}
