import { z } from 'zod';
import { emailSchema } from '@/lib/validation/user';

// The staff forms' fields. Messages are full keys into adminStores (staff strings under .staff),
// or keys of forms.fieldErrors (the shared e-mail rules).

const E = (key: string) => `adminStores.staff.errors.${key}`;

/** Checked store ids, sent as one comma-separated field ("storeIds") by the forms. */
const storeIds = z
  .string()
  .optional()
  .transform((value) => [...new Set((value ?? '').split(',').map((id) => id.trim()).filter(Boolean))])
  .pipe(z.array(z.uuid({ error: E('storeInvalid') })).max(100, E('storeInvalid')));

export const inviteStaffSchema = z.object({
  name: z.string({ error: E('nameRequired') }).trim().min(1, E('nameRequired')).max(100, E('nameTooLong')),
  email: emailSchema,
  locale: z.enum(['fi', 'en'], { error: E('localeInvalid') }),
  storeIds,
});
export type InviteStaffInput = z.output<typeof inviteStaffSchema>;

export const staffStoresSchema = z.object({
  userId: z.uuid({ error: E('badRequest') }),
  storeIds,
});
export type StaffStoresInput = z.output<typeof staffStoresSchema>;

export const staffActiveSchema = z.object({
  userId: z.uuid({ error: E('badRequest') }),
  active: z.enum(['true', 'false'], { error: E('badRequest') }).transform((value) => value === 'true'),
});
export type StaffActiveInput = z.output<typeof staffActiveSchema>;

export const staffPricePermissionSchema = z.object({
  userId: z.uuid({ error: E('badRequest') }),
  allowed: z.enum(['true', 'false'], { error: E('badRequest') }).transform((value) => value === 'true'),
});
export type StaffPricePermissionInput = z.output<typeof staffPricePermissionSchema>;
