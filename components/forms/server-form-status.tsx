import type { FormState } from '@/lib/forms/form-state';
import { FormStatus } from '@/components/ui/form-status';

/** The form-level message of a server action's result, in a live region. */
export function ServerFormStatus({ state }: { state: FormState }) {
  return <FormStatus message={state.message} tone={state.status === 'ok' ? 'success' : 'error'} />;
}
