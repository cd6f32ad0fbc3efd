'use client';

import { confirmPickupOrderAction } from '@/lib/actions/confirm-pickup-order';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';

/** One button: confirms the order of the e-mail's link (its number and secret ride along hidden). */
export function ConfirmPickupForm({ number, token, label }: { number: number; token: string; label: string }) {
  const { state, pending, onSubmit } = useServerForm(confirmPickupOrderAction);
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4">
      <input type="hidden" name="number" value={number} />
      <input type="hidden" name="token" value={token} />
      <ServerFormStatus state={state} />
      {state.status === 'ok' ? null : (
        <Button type="submit" loading={pending} className="self-start">
          {label}
        </Button>
      )}
    </form>
  );
}
