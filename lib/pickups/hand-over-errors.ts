import { AppError } from '@/lib/errors';

// The two refusals of a hand-over that carry a number for their message. Both are AppErrors, so
// anything that does not know them still shows a sensible message (failedAction).

/** The code did not match; `triesLeft` more wrong codes lock the hand-over. */
export class WrongPickupCodeError extends AppError {
  constructor(readonly triesLeft: number) {
    super('VALIDATION', 'storeHandover.errors.wrongCode', 'code');
  }
}

/** Too many wrong codes: no hand-over until `lockedUntil`. */
export class PickupLockedError extends AppError {
  constructor(readonly lockedUntil: Date) {
    super('LOCKED', 'storeHandover.errors.locked', 'code');
  }
}
