import { z } from 'zod';
import { parseTimeOfDay } from './time-of-day';

// The store editor's fields, checked on the server. Messages are full keys into the adminStores
// namespace; each issue's path names the form field it belongs to ("closes3").

const E = (key: string) => `adminStores.errors.${key}`;

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

const checkbox = z
  .string()
  .optional()
  .transform((value) => value === 'on' || value === 'true');

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, E('tooLong'))
    .optional()
    .transform((value) => value || null);

const wholeNumber = (min: number, max: number, key: string) =>
  z
    .string({ error: E(key) })
    .trim()
    .regex(/^\d+$/, E(key))
    .transform(Number)
    .pipe(z.number().int().min(min, E(key)).max(max, E(key)));

/** "62,2415" | "62.2415" | "" -> a number in [-limit, limit], or null when empty. */
const coordinate = (limit: number, key: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, ctx): number | null => {
      if (!value) return null;
      const text = value.replace(',', '.');
      const number = /^-?\d{1,3}(\.\d{1,8})?$/.test(text) ? Number(text) : NaN;
      if (!(Math.abs(number) <= limit)) {
        ctx.addIssue({ code: 'custom', message: E(key) });
        return null;
      }
      return number;
    });

const dayFields = Object.fromEntries(
  WEEKDAYS.flatMap((day) => [
    [`open${day}`, checkbox],
    [`opens${day}`, z.string().trim().optional()],
    [`closes${day}`, z.string().trim().optional()],
  ]),
) as Record<`open${number}`, typeof checkbox> & Record<`opens${number}` | `closes${number}`, z.ZodOptional<z.ZodString>>;

export type WeeklyHoursInput = { weekday: number; opensAt: number; closesAt: number };

export const storeSchema = z
  .object({
    name: z.string({ error: E('nameRequired') }).trim().min(1, E('nameRequired')).max(100, E('tooLong')),
    slug: z
      .string({ error: E('slugInvalid') })
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, E('slugInvalid'))
      .max(60, E('tooLong')),
    kind: z.enum(['STORE', 'WAREHOUSE'], { error: E('kindInvalid') }),
    street: optionalText(200),
    postalCode: z
      .string()
      .trim()
      .optional()
      .transform((value) => value || null)
      .refine((value) => value === null || /^\d{5}$/.test(value), E('postalCodeInvalid')),
    city: optionalText(100),
    phone: z
      .string()
      .trim()
      .optional()
      .transform((value) => value || null)
      .refine((value) => value === null || /^\+?[0-9][0-9 ()-]{4,19}$/.test(value), E('phoneInvalid')),
    email: z
      .string()
      .trim()
      .optional()
      .transform((value) => value?.toLowerCase() || null)
      .refine((value) => value === null || z.email().safeParse(value).success, E('emailInvalid')),
    latitude: coordinate(90, 'latitudeInvalid'),
    longitude: coordinate(180, 'longitudeInvalid'),
    pickupEnabled: checkbox,
    returnsEnabled: checkbox,
    preparationMinutes: wholeNumber(0, 7 * 24 * 60, 'preparationInvalid'),
    pickupDeadlineDays: wholeNumber(1, 60, 'deadlineInvalid'),
    position: wholeNumber(0, 9999, 'positionInvalid'),
    ...dayFields,
  })
  .superRefine((store, ctx) => {
    // A store that shoppers visit needs an address to be found at.
    if (store.kind === 'STORE') {
      if (!store.street) ctx.addIssue({ code: 'custom', path: ['street'], message: E('streetRequired') });
      if (!store.postalCode) ctx.addIssue({ code: 'custom', path: ['postalCode'], message: E('postalCodeInvalid') });
      if (!store.city) ctx.addIssue({ code: 'custom', path: ['city'], message: E('cityRequired') });
    }
    // The database agrees (stores_warehouse_no_customers): nobody picks up or returns at a warehouse.
    if (store.kind === 'WAREHOUSE') {
      if (store.pickupEnabled) ctx.addIssue({ code: 'custom', path: ['pickupEnabled'], message: E('warehouseNoCustomers') });
      if (store.returnsEnabled) ctx.addIssue({ code: 'custom', path: ['returnsEnabled'], message: E('warehouseNoCustomers') });
    }
    if ((store.latitude === null) !== (store.longitude === null)) {
      ctx.addIssue({ code: 'custom', path: [store.latitude === null ? 'latitude' : 'longitude'], message: E('coordinatesBoth') });
    }
    const fields = store as unknown as Record<string, string | boolean | undefined>;
    for (const day of WEEKDAYS) {
      if (!fields[`open${day}`]) continue;
      const opens = parseTimeOfDay(String(fields[`opens${day}`] ?? ''));
      const closes = parseTimeOfDay(String(fields[`closes${day}`] ?? ''));
      if (opens === null || opens >= 1440) ctx.addIssue({ code: 'custom', path: [`opens${day}`], message: E('timeInvalid') });
      if (closes === null) ctx.addIssue({ code: 'custom', path: [`closes${day}`], message: E('timeInvalid') });
      else if (opens !== null && closes <= opens) ctx.addIssue({ code: 'custom', path: [`closes${day}`], message: E('closesBeforeOpens') });
    }
  }, { when: () => true }) // every mistake at once, also when another field is wrong
  .transform((store) => {
    const fields = store as unknown as Record<string, string | boolean | undefined>;
    const hours: WeeklyHoursInput[] = WEEKDAYS.filter((day) => fields[`open${day}`]).map((day) => ({
      weekday: day,
      opensAt: parseTimeOfDay(String(fields[`opens${day}`]))!,
      closesAt: parseTimeOfDay(String(fields[`closes${day}`]))!,
    }));
    return {
      name: store.name,
      slug: store.slug,
      kind: store.kind,
      street: store.street,
      postalCode: store.postalCode,
      city: store.city,
      phone: store.phone,
      email: store.email,
      latitude: store.latitude,
      longitude: store.longitude,
      pickupEnabled: store.pickupEnabled,
      returnsEnabled: store.returnsEnabled,
      preparationMinutes: store.preparationMinutes,
      pickupDeadlineDays: store.pickupDeadlineDays,
      position: store.position,
      hours,
    };
  });

export type StoreInput = z.output<typeof storeSchema>;
