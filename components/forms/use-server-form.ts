'use client';

import { startTransition, useActionState, useEffect, type FormEvent } from 'react';
import type { FormState } from '@/lib/forms/form-state';

type ServerAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * Runs a server action from a form and keeps what the person typed when it comes back with
 * errors (a plain `<form action>` would reset the fields). When the action answers with
 * `redirectTo`, the browser goes there.
 */
export function useServerForm(serverAction: ServerAction, onSubmitData?: (data: FormData) => void) {
  const [state, action, pending] = useActionState<FormState, FormData>(serverAction, { status: 'idle' });
  useEffect(() => {
    if (state.redirectTo) window.location.assign(state.redirectTo);
  }, [state]);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    onSubmitData?.(data);
    startTransition(() => action(data));
  }
  // While the browser is on its way to the next page, the form stays busy.
  return { state, pending: pending || Boolean(state.redirectTo), onSubmit, errors: state.fieldErrors ?? {} };
}
