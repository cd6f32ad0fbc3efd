'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';

export function SignOutButton({ className }: { className?: string }) {
  const t = useTranslations('auth');
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      className={className}
      disabled={pending}
      onClick={() => {
        setPending(true);
        // next-auth's browser library is loaded only now: the button sits in every page's header.
        void import('next-auth/react').then(({ signOut }) => signOut({ callbackUrl: '/' }));
      }}
    >
      {t('signOut')}
    </button>
  );
}
