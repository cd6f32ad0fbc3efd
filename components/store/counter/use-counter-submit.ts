'use client';

import { useState } from 'react';
import type { FormState } from '@/lib/forms/form-state';

/**
 * Sends what the counter put together (a sale, an order, an exchange) once at a time, and keeps
 * the answer: the result with its messages, and `done` once it went through (`pick` takes the
 * finished thing out of the answer). `clear` readies the screen for the next one.
 */
export function useCounterSubmit<Answer extends FormState, Done>(pick: (answer: Answer) => Done | undefined) {
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<Answer | null>(null);
  const [done, setDone] = useState<Done | null>(null);

  async function submit(send: () => Promise<Answer>) {
    if (pending) return;
    setPending(true);
    try {
      const answer = await send();
      setResult(answer);
      const finished = answer.status === 'ok' ? pick(answer) : undefined;
      if (finished) setDone(finished);
    } finally {
      setPending(false);
    }
  }

  return {
    pending,
    done,
    submit,
    /** The answer's message when it was refused, and its messages per field. */
    error: result?.status === 'error' ? (result.message ?? null) : null,
    errors: result?.status === 'error' ? (result.fieldErrors ?? {}) : {},
    clear() {
      setResult(null);
      setDone(null);
    },
  };
}
