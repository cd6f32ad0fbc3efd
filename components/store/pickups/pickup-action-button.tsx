'use client';

import { useState } from 'react';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button, type ButtonVariant } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import type { FormState } from '@/lib/forms/form-state';

type ServerAction = (previous: FormState, formData: FormData) => Promise<FormState>;

export type ConfirmText = { title: string; description: string; confirm: string; cancel: string };

type Props = {
  action: ServerAction;
  /** Hidden fields (ids): what the action is about. */
  fields: Record<string, string>;
  label: string;
  /** A longer name for screen readers when the visible label is short ("Picked" -> "Mark as picked: Mug"). */
  accessibleLabel?: string;
  variant?: ButtonVariant;
  size?: 'md' | 'lg';
  fullWidth?: boolean;
  disabled?: boolean;
  /** Ask first (for what cannot be undone). */
  confirm?: ConfirmText;
  className?: string;
};

/** One staff action as a button: a small form posting hidden ids to a server action, with its result in a live region. */
export function PickupActionButton({ action, fields, label, accessibleLabel, variant = 'primary', size = 'md', fullWidth, disabled, confirm, className }: Props) {
  const [open, setOpen] = useState(false);
  const { state, pending, onSubmit } = useServerForm(action, () => setOpen(false));

  const hidden = Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
  return (
    <div className={className}>
      {confirm ? (
        <>
          <Button variant={variant} size={size} fullWidth={fullWidth} disabled={disabled} loading={pending} aria-label={accessibleLabel} onClick={() => setOpen(true)}>
            {label}
          </Button>
          <Dialog
            open={open}
            onClose={() => setOpen(false)}
            title={confirm.title}
            description={confirm.description}
            size="sm"
            footer={
              <>
                <Button variant="secondary" onClick={() => setOpen(false)}>
                  {confirm.cancel}
                </Button>
                <form onSubmit={onSubmit}>
                  {hidden}
                  <Button type="submit" variant={variant === 'danger' ? 'danger' : 'primary'} loading={pending} fullWidth>
                    {confirm.confirm}
                  </Button>
                </form>
              </>
            }
          />
        </>
      ) : (
        <form onSubmit={onSubmit}>
          {hidden}
          <Button type="submit" variant={variant} size={size} fullWidth={fullWidth} disabled={disabled} loading={pending} aria-label={accessibleLabel}>
            {label}
          </Button>
        </form>
      )}
      <ServerFormStatus state={state} />
    </div>
  );
}
