import { z } from 'zod';
import { MAX_SEATS_PER_REGISTRATION } from './registration-rules';

// The registration form (public): the action parses with it; messages are keys in events.json.
export const registrationForm = z.object({
  eventId: z.uuid('events.errors.eventNotFound'),
  name: z.string().trim().min(1, 'events.errors.nameRequired').max(120, 'events.errors.nameTooLong'),
  email: z
    .string()
    .trim()
    .max(254, 'events.errors.emailInvalid')
    .pipe(z.email('events.errors.emailInvalid')),
  seats: z.coerce
    .number('events.errors.seatsInvalid')
    .int('events.errors.seatsInvalid')
    .min(1, 'events.errors.seatsInvalid')
    .max(MAX_SEATS_PER_REGISTRATION, 'events.errors.seatsTooMany'),
});

export type RegistrationFormInput = z.infer<typeof registrationForm>;
