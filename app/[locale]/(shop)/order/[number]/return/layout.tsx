import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n-client-messages';

// The return form is a client component with strings of its own.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages extra={['orders', 'returns']}>{children}</ClientMessages>;
}
