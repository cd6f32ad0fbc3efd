'use client';

import { useEffect, useState } from 'react';
import { signOut } from 'next-auth/react';
import { useShopSession } from '@/components/auth/session-provider';
import { acceptInvitationAction } from '@/lib/actions/accept-invitation';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button, ButtonLink } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';

type Labels = { password: string; passwordHint: string; submit: string; signIn: string };

/** Sets the invited staff member's password; then they sign in and land on their store screens. */
export function AcceptInvitationForm({ token, email, labels }: { token: string; email: string; labels: Labels }) {
  const { state, pending, onSubmit, errors } = useServerForm(acceptInvitationAction);
  const session = useShopSession();
  const [signedOut, setSignedOut] = useState(false);
  // Someone else signed in on this browser (e.g. the owner trying the link) is signed out first,
  // so that "Sign in" leads to the new staff member's own sign-in, not to the other account.
  const otherSession = session.status === 'authenticated' && session.user?.email !== email && !signedOut;
  const done = state.status === 'ok';
  useEffect(() => {
    if (!done || !otherSession) return;
    void signOut({ redirect: false }).then(async () => {
      setSignedOut(true);
      await session.refresh();
    });
  }, [done, otherSession, session]);
  if (done) {
    const ready = session.status !== 'loading' && !otherSession;
    return (
      <div className="flex flex-col gap-4" aria-busy={!ready}>
        <ServerFormStatus state={state} />
        {ready ? <ButtonLink href={{ pathname: '/signin', query: { callbackUrl: '/store' } }}>{labels.signIn}</ButtonLink> : null}
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers save the new password under the right address. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <FormField label={labels.password} hint={labels.passwordHint} error={errors.password ?? errors.token} required>
        {(field) => <Input {...field} name="password" type="password" autoComplete="new-password" />}
      </FormField>
      <ServerFormStatus state={state} />
      <Button type="submit" loading={pending} fullWidth>
        {labels.submit}
      </Button>
    </form>
  );
}
