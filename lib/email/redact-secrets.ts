import type { Prisma } from '@/lib/generated/prisma/client';

// A delivered e-mail's stored copy (the outbox row the owner reads) keeps no working secret: each
// link keeps its address but loses its query values (`?token=`, `?code=`), and the secrets a
// message lists (a pickup code, a token in a path) are hidden wherever they appear. Attachments
// marked secret (the pickup code's QR) are left out. The recipient's copy is untouched.

export const HIDDEN = '••••••';

const LINK = /https?:\/\/[^\s"'<>]+/g;
/** A query parameter's value; `&amp;` is how an HTML part writes `&`. */
const QUERY_VALUE = /([?&](?:amp;)?[^=&#\s]+=)[^&#\s]+/g;

export function redactText(text: string, secrets: readonly string[]): string {
  let out = text.replace(LINK, (link) => link.replace(QUERY_VALUE, `$1${HIDDEN}`));
  const longestFirst = [...new Set(secrets)].filter((secret) => secret.length > 0).sort((a, b) => b.length - a.length);
  for (const secret of longestFirst) {
    for (const form of new Set([secret, encodeURIComponent(secret)])) out = out.replaceAll(form, HIDDEN);
  }
  return out;
}

type StoredAttachment = { secret?: unknown; contentBase64?: unknown };

/** The attachments without the content of those marked secret (their name stays, as a record of what was sent). */
export function redactAttachments(stored: Prisma.JsonValue): Prisma.InputJsonValue {
  if (!Array.isArray(stored)) return [];
  return stored.map((item) => {
    const file = item as StoredAttachment | null;
    if (!file || typeof file !== 'object' || file.secret !== true) return item as Prisma.InputJsonValue;
    return Object.fromEntries(Object.entries(file).filter(([key]) => key !== 'contentBase64')) as Prisma.InputJsonValue;
  });
}

type OutboxBody = { text: string; html: string | null; attachments: Prisma.JsonValue; secrets: string[] };

/** The fields to write over a delivered message: the same e-mail with its secrets hidden. */
export function redactedBody(message: OutboxBody) {
  return {
    text: redactText(message.text, message.secrets),
    html: message.html === null ? null : redactText(message.html, message.secrets),
    attachments: redactAttachments(message.attachments),
    secrets: [],
  };
}
