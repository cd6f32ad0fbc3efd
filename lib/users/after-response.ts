import 'server-only';
import { after } from 'next/server';
import { deliverOutboxMessage } from '@/lib/email/outbox';

/** What an account form does for the address once it has answered: the outbox id it wrote, if any. */
export type WorkAfterResponse = () => Promise<string | null>;

/**
 * Runs `work` once the response has gone out, and delivers the e-mail it wrote. The account forms
 * (sign-up, password reset, sign-in link) answer the same whether or not the address has an
 * account; doing the part that depends on it (looking the address up, hashing, writing the
 * e-mail, sending it) before answering would make the answer slower exactly for one of the two.
 * A message that cannot be sent now stays in the outbox for the background sweep.
 */
export function afterResponse(work: WorkAfterResponse): void {
  const run = async () => {
    try {
      const id = await work();
      if (id) await deliverOutboxMessage(id).catch((error) => console.warn(`E-mail ${id} left for the outbox sweep:`, error));
    } catch (error) {
      console.error('An account e-mail could not be written:', error);
    }
  };
  try {
    after(run);
  } catch {
    // Outside a request (a script, a test calling an action): in the background, at once.
    void run();
  }
}
