import { z } from 'zod';

// The back office's customer forms. Messages are full key paths (see lib/forms/form-state.ts).

const userId = z.uuid({ error: 'adminCustomers.errors.formExpired' });

export const customerNoteSchema = z.object({
  userId,
  text: z.string().trim().min(1, { error: 'adminCustomers.errors.noteRequired' }).max(2000, { error: 'adminCustomers.errors.noteTooLong' }),
  /** A ticked checkbox sends "on"; an unticked one sends nothing. */
  forStaff: z.literal('on').optional().transform((value) => value === 'on'),
});

export const eraseCustomerSchema = z.object({
  userId,
  confirmEmail: z.string().trim().min(1, { error: 'adminCustomers.errors.confirmMismatch' }).max(320, { error: 'adminCustomers.errors.confirmMismatch' }),
});
