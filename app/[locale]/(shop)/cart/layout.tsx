import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n-client-messages';

// The cart's lines, steppers and empty state are client components with the cart's strings.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages extra={['cart']}>{children}</ClientMessages>;
}
