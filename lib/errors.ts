// One error type for every rule the domain enforces. The code says what went wrong; the UI maps
// codes to a message in the user's language (messages/<locale>/errors.json, key `codes.<CODE>`).
export type AppErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'VALIDATION'
  | 'EMAIL_TAKEN'
  | 'WRONG_PASSWORD'
  | 'NO_PASSWORD'
  | 'TOKEN_INVALID'
  | 'RATE_LIMITED'
  | 'CART_CHANGED'
  | 'OUT_OF_STOCK'
  | 'PRODUCT_UNAVAILABLE'
  | 'CART_EMPTY'
  | 'PAYMENT_UNAVAILABLE'
  | 'ORDER_NOT_PAYABLE'
  /** The thing has moved on (e.g. a pickup already handed over, an order already cancelled). */
  | 'INVALID_STATE'
  /** Too many wrong codes: locked for a while. */
  | 'LOCKED'
  /** A refund would give back more than was paid. */
  | 'REFUND_TOO_LARGE';

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message?: string,
    readonly field?: string,
  ) {
    super(message ?? code);
    this.name = 'AppError';
  }
}

export function isAppError(error: unknown, code?: AppErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
