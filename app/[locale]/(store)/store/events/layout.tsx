import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n-client-messages';

/** Event check-in screens: their client components need the storeEvents strings. Not a security check (each page checks). */
export default function StoreEventsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages extra={['storeEvents']}>{children}</ClientMessages>;
}
