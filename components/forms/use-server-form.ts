'use client';

import { startTransition, useActionState, type FormEvent } from 'react';
import type { FormState } from '@/lib/forms/form-state';

type ServerAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * Runs a server action from a form and keeps what the person typed when it comes back with
 * errors (a plain `<form action>` would reset the fields).
 */
export function useServerForm(serverAction: ServerAction, onSubmitData?: (data: FormData) => void) {
  const [state, action, pending] = useActionState<FormState, FormData>(serverAction, { status: 'idle' });
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    onSubmitData?.(data);
    startTransition(() => action(data));
  }
  return { state, pending, onSubmit, errors: state.fieldErrors ?? {} };
}
