import 'server-only';
import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';

let smtp: Transporter | undefined;

/** The SMTP transport when SMTP_URL is set (e.g. smtp://user:pass@mail.example:587), else null. */
export function smtpTransport(): Transporter | null {
  const url = process.env.SMTP_URL;
  if (!url) return null;
  smtp ??= nodemailer.createTransport(url);
  return smtp;
}

/** Builds the raw RFC 822 message without sending it, for the local outbox folder. */
export const fileTransport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });

export function fromAddress(): string {
  return process.env.MAIL_FROM ?? 'Pihlajan Puoti <kauppa@pihlajanpuoti.example>';
}
