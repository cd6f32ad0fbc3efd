import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n-client-messages';

// The review list's forms (publish, hide, reply) have strings of their own.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages extra={['reviews.admin']}>{children}</ClientMessages>;
}
