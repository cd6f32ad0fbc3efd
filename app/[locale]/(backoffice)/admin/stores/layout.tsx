import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n-client-messages';

// The store editor's forms (store, opening hours, exceptional days) have strings of their own.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages extra={['adminStores']}>{children}</ClientMessages>;
}
