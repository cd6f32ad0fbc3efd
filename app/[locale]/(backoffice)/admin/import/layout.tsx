import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n-client-messages';

// The import forms and the progress bar are client components with strings of their own.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages extra={['adminImport']}>{children}</ClientMessages>;
}
