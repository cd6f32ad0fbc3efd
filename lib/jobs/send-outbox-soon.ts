import 'server-only';
import { runningBoss } from './boss';
import { QUEUES } from './queues';

/**
 * Asks the background jobs to deliver these outbox messages now (e.g. an order confirmation
 * right after the payment), rather than at the next minute's sweep. Best effort: without a
 * queue in this process (a script, a test) or when the queue cannot be reached, the sweep
 * delivers them a little later.
 */
export async function sendOutboxSoon(messageIds: string[]): Promise<void> {
  const started = runningBoss();
  if (messageIds.length === 0 || !started) return;
  try {
    const boss = await started;
    await boss.send(QUEUES.outboxSend, { messageIds }, { singletonKey: `messages:${messageIds[0]}` });
  } catch (error) {
    console.warn('Could not queue the e-mails for sending now; the next sweep will send them.', error);
  }
}
