import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n-client-messages';

// The settings form has strings of its own.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages extra={['adminSettings']}>{children}</ClientMessages>;
}
