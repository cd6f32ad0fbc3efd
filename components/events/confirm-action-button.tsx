'use client';

import { useState } from 'react';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import type { FormState } from '@/lib/forms/form-state';

type ServerAction = (previous: FormState, formData: FormData) => Promise<FormState>;

export type ConfirmTexts = { label: string; title: string; description: string; confirm: string; keep: string };

/**
 * A button that asks first, then posts hidden fields to a server action; the answer is shown in
 * a live region and the button goes away once it has worked (cancelling cannot be repeated).
 */
export function ConfirmActionButton({ action, fields, texts }: { action: ServerAction; fields: Record<string, string>; texts: ConfirmTexts }) {
  const [open, setOpen] = useState(false);
  const { state, pending, onSubmit } = useServerForm(action, () => setOpen(false));
  return (
    <div className="flex flex-col items-start gap-3">
      {state.status === 'ok' ? null : (
        <>
          <Button variant="danger" size="lg" onClick={() => setOpen(true)} loading={pending}>
            {texts.label}
          </Button>
          <Dialog
            open={open}
            onClose={() => setOpen(false)}
            title={texts.title}
            description={texts.description}
            size="sm"
            footer={
              <>
                <Button variant="secondary" onClick={() => setOpen(false)}>
                  {texts.keep}
                </Button>
                <form onSubmit={onSubmit}>
                  {Object.entries(fields).map(([name, value]) => (
                    <input key={name} type="hidden" name={name} value={value} />
                  ))}
                  <Button type="submit" variant="danger" loading={pending} fullWidth>
                    {texts.confirm}
                  </Button>
                </form>
              </>
            }
          />
        </>
      )}
      <ServerFormStatus state={state} />
    </div>
  );
}
