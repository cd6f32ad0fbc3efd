import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n-client-messages';

// The content editor is a client form with strings of its own.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages extra={['adminContent']}>{children}</ClientMessages>;
}
