'use client';

import type { ReactNode } from 'react';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button, type ButtonVariant } from '@/components/ui/button';
import type { FormState } from '@/lib/forms/form-state';

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  label: ReactNode;
  variant?: ButtonVariant;
};

/** One button that runs a server action with hidden fields (resend an e-mail, retry a refund). */
export function SimpleOrderAction({ action, fields, label, variant = 'secondary' }: Props) {
  const { state, pending, onSubmit } = useServerForm(action);
  return (
    <form onSubmit={onSubmit}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} size="sm" loading={pending}>
        {label}
      </Button>
      <ServerFormStatus state={state} />
    </form>
  );
}
