import { z } from 'zod';

// The review forms. Messages are full key paths (see lib/forms/form-state.ts).

/**
 * Plain text: control characters other than line breaks and tabs are dropped, Windows line
 * breaks made plain, and the ends trimmed. The text is stored and shown as text (React escapes
 * it); nothing in it is ever read as HTML or Markdown.
 */
export function plainText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').trim();
}

const formExpired = 'reviews.errors.formExpired';

export const writeReviewSchema = z.object({
  productId: z.uuid({ error: formExpired }),
  rating: z.coerce.number({ error: 'reviews.errors.ratingRequired' }).int({ error: 'reviews.errors.ratingRequired' }).min(1, { error: 'reviews.errors.ratingRequired' }).max(5, { error: 'reviews.errors.ratingRequired' }),
  text: z
    .string({ error: 'reviews.errors.textRequired' })
    .transform(plainText)
    .pipe(z.string().min(1, { error: 'reviews.errors.textRequired' }).max(2000, { error: 'reviews.errors.textTooLong' })),
});
export type WriteReviewInput = z.infer<typeof writeReviewSchema>;

export const moderateReviewSchema = z.object({
  reviewId: z.uuid({ error: formExpired }),
  decision: z.enum(['PUBLISHED', 'HIDDEN'], { error: formExpired }),
});
export type ModerateReviewInput = z.infer<typeof moderateReviewSchema>;

/** An empty reply removes the owner's reply. */
export const replyReviewSchema = z.object({
  reviewId: z.uuid({ error: formExpired }),
  reply: z.string({ error: formExpired }).transform(plainText).pipe(z.string().max(2000, { error: 'reviews.errors.replyTooLong' })),
});
export type ReplyReviewInput = z.infer<typeof replyReviewSchema>;
