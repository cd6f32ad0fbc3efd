'use client';

import { CheckField } from '@/components/admin/stores/check-field';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Textarea } from '@/components/ui/textarea';
import type { FormState } from '@/lib/forms/form-state';

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** The hidden field naming what the note is about, e.g. { orderId } or { userId }. */
  about: Record<string, string>;
  /** How many notes there are: a new note (a new count) empties the form. */
  count: number;
  labels: { text: string; submit: string };
  /** An optional checkbox under the text (customer notes: "show to store staff"). */
  checkbox?: { name: string; label: string; hint?: string };
};

/** A new internal note (orders and customers). */
export function NoteForm({ action, about, count, labels, checkbox }: Props) {
  const { state, pending, onSubmit, errors } = useServerForm(action);
  return (
    <div className="mt-4">
      <form key={count} onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
        {Object.entries(about).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <FormField label={labels.text} error={errors.text} required>
          {(field) => <Textarea {...field} name="text" rows={3} maxLength={2000} />}
        </FormField>
        {checkbox ? <CheckField name={checkbox.name} label={checkbox.label} hint={checkbox.hint} /> : null}
        <div>
          <Button type="submit" loading={pending}>
            {labels.submit}
          </Button>
        </div>
      </form>
      <ServerFormStatus state={state} />
    </div>
  );
}
