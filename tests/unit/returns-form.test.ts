import { describe, expect, it } from 'vitest';
import { requestReturnField, requestReturnFields } from '@/lib/returns/request-return-fields';
import { requestReturnSchema } from '@/lib/returns/request-return-schema';
import { formatReturnReason, parseReturnReason } from '@/lib/returns/return-reason';

const orderId = '11111111-1111-4111-8111-111111111111';
const lineA = '22222222-2222-4222-8222-222222222222';
const lineB = '33333333-3333-4333-8333-333333333333';

function parse(fields: Record<string, string>) {
  return requestReturnSchema.safeParse(requestReturnFields(fields));
}

describe('the return form', () => {
  it('keeps the lines with a quantity, and the store only for a store return', () => {
    const parsed = parse({ orderId, [`quantity-${lineA}`]: '2', [`quantity-${lineB}`]: '0', reason: 'WRONG_SIZE', method: 'MAIL', storeId: lineA });
    expect(parsed.success && parsed.data).toEqual({
      orderId,
      token: null,
      note: null,
      reason: 'WRONG_SIZE',
      method: 'MAIL',
      storeId: null,
      lines: [{ orderLineId: lineA, quantity: 2 }],
    });
  });

  it('puts a bad quantity on its own line', () => {
    const parsed = parse({ orderId, [`quantity-${lineA}`]: '-1', reason: 'OTHER', method: 'STORE' });
    expect(parsed.success).toBe(false);
    const issue = parsed.error!.issues[0];
    expect(requestReturnField(issue.path)).toBe(`quantity-${lineA}`);
    expect(issue.message).toBe('returns.errors.quantityInvalid');
  });

  it('refuses an unknown reason or method', () => {
    const parsed = parse({ orderId, [`quantity-${lineA}`]: '1', reason: 'BECAUSE', method: 'PIGEON' });
    expect(parsed.error?.issues.map((issue) => [requestReturnField(issue.path), issue.message])).toEqual([
      ['reason', 'returns.errors.reasonRequired'],
      ['method', 'returns.errors.methodRequired'],
    ]);
  });
});

describe('the stored reason', () => {
  it('round-trips the code and the words', () => {
    expect(parseReturnReason(formatReturnReason('DAMAGED', '  Sauma: ratkesi '))).toEqual({ code: 'DAMAGED', note: 'Sauma: ratkesi' });
    expect(parseReturnReason(formatReturnReason('CHANGED_MIND', ''))).toEqual({ code: 'CHANGED_MIND', note: null });
  });

  it('keeps a reason written some other way as words', () => {
    expect(parseReturnReason('Asiakas toi kassalle')).toEqual({ code: null, note: 'Asiakas toi kassalle' });
    expect(parseReturnReason(null)).toEqual({ code: null, note: null });
  });
});
