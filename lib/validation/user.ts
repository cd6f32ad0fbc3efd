import { z } from 'zod';
import { PASSWORD_MIN_LENGTH } from '@/lib/auth/password';

// Messages are keys into messages/<locale>/auth.json `fieldErrors`, translated by the form layer.
export const emailSchema = z
  .string({ error: 'emailRequired' })
  .trim()
  .min(1, { error: 'emailRequired' })
  .max(254, { error: 'emailInvalid' })
  .pipe(z.email({ error: 'emailInvalid' }))
  .transform((email) => email.toLowerCase());

export const newPasswordSchema = z
  .string({ error: 'passwordRequired' })
  .min(PASSWORD_MIN_LENGTH, { error: 'passwordTooShort' })
  .max(200, { error: 'passwordTooLong' });

export const nameSchema = z
  .string()
  .trim()
  .min(1, { error: 'nameRequired' })
  .max(100, { error: 'nameTooLong' });

export const localeSchema = z.enum(['fi', 'en'], { error: 'localeInvalid' });

export const signUpSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: newPasswordSchema,
  locale: localeSchema,
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const profileSchema = z.object({ name: nameSchema, locale: localeSchema });

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, { error: 'passwordRequired' }),
  newPassword: newPasswordSchema,
});

export const emailChangeSchema = z.object({
  newEmail: emailSchema,
  currentPassword: z.string().min(1, { error: 'passwordRequired' }),
});

export const passwordResetRequestSchema = z.object({ email: emailSchema });

export const passwordResetSchema = z.object({
  token: z.string().min(1, { error: 'tokenInvalid' }),
  password: newPasswordSchema,
});

/** Finishing a sign-up from its e-mail link: the link's token and the password chosen at sign-up. */
export const confirmSignUpSchema = z.object({
  token: z.string().min(1, { error: 'tokenInvalid' }).max(200, { error: 'tokenInvalid' }),
  password: z.string().min(1, { error: 'passwordRequired' }).max(200, { error: 'passwordTooLong' }),
});
