import { z } from 'zod';
import { parseTimeOfDay } from './time-of-day';

// A day with other hours than usual (a holiday, a short day): closed all day, or open at other
// times, with an optional note in Finnish and English. Messages are keys into adminStores.

const E = (key: string) => `adminStores.errors.${key}`;

const note = z
  .string()
  .trim()
  .max(200, E('tooLong'))
  .optional()
  .transform((value) => value || null);

export const exceptionSchema = z
  .object({
    storeId: z.uuid({ error: E('badRequest') }),
    date: z
      .string({ error: E('dateInvalid') })
      .regex(/^\d{4}-\d{2}-\d{2}$/, E('dateInvalid'))
      .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), E('dateInvalid')),
    closed: z.enum(['closed', 'hours'], { error: E('exceptionKindInvalid') }),
    opens: z.string().trim().optional(),
    closes: z.string().trim().optional(),
    noteFi: note,
    noteEn: note,
  })
  .superRefine((input, ctx) => {
    if (input.closed !== 'hours') return;
    const opens = parseTimeOfDay(input.opens ?? '');
    const closes = parseTimeOfDay(input.closes ?? '');
    if (opens === null || opens >= 1440) ctx.addIssue({ code: 'custom', path: ['opens'], message: E('timeInvalid') });
    if (closes === null) ctx.addIssue({ code: 'custom', path: ['closes'], message: E('timeInvalid') });
    else if (opens !== null && closes <= opens) ctx.addIssue({ code: 'custom', path: ['closes'], message: E('closesBeforeOpens') });
  }, { when: () => true })
  .transform((input) => ({
    storeId: input.storeId,
    date: input.date,
    closed: input.closed === 'closed',
    opensAt: input.closed === 'hours' ? parseTimeOfDay(input.opens ?? '') : null,
    closesAt: input.closed === 'hours' ? parseTimeOfDay(input.closes ?? '') : null,
    noteFi: input.noteFi,
    noteEn: input.noteEn,
  }));

export type ExceptionInput = z.output<typeof exceptionSchema>;

export const removeExceptionSchema = z.object({
  storeId: z.uuid({ error: E('badRequest') }),
  exceptionId: z.uuid({ error: E('badRequest') }),
});
