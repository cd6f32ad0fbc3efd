import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n-client-messages';

// The order page's forms (cancel, refund, notes, resend) have strings of their own.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages extra={['adminOrders']}>{children}</ClientMessages>;
}
