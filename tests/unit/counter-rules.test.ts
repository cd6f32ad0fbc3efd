// The till's small rules: how a payment splits between card and cash, which notes it suggests,
// the member code staff scan, and the business ID on receipts.
import { describe, expect, it } from 'vitest';
import { cashSuggestions } from '@/components/store/counter/sale-state';
import { splitPayment } from '@/lib/counter/counter-payment';
import { memberCode, readMemberCode } from '@/lib/counter/member-code';
import { isAppError } from '@/lib/errors';
import { isBusinessId } from '@/lib/settings/business-id';

const USER = '3f2b8c4e-1d2a-4b5c-9e8f-0a1b2c3d4e5f';

describe('splitPayment', () => {
  it('cash: change is what was given beyond the total; less than the total is refused', () => {
    expect(splitPayment({ method: 'CASH', givenCents: 5000 }, 3570)).toMatchObject({ cashCents: 3570, cardCents: 0, changeCents: 1430 });
    expect(splitPayment({ method: 'CASH', givenCents: 3570 }, 3570)).toMatchObject({ changeCents: 0 });
    const error = (() => {
      try {
        splitPayment({ method: 'CASH', givenCents: 3569 }, 3570);
      } catch (e) {
        return e;
      }
    })();
    expect(isAppError(error, 'VALIDATION') && error.field).toBe('givenCents');
  });

  it('card and cash: the card part must leave something for cash; cash covers the rest', () => {
    expect(splitPayment({ method: 'SPLIT', cardCents: 2000, givenCents: 2000, reference: null }, 3570)).toMatchObject({ cardCents: 2000, cashCents: 1570, changeCents: 430 });
    expect(() => splitPayment({ method: 'SPLIT', cardCents: 3570, givenCents: 0, reference: null }, 3570)).toThrow('storeCounter.errors.cardPartInvalid');
    expect(() => splitPayment({ method: 'SPLIT', cardCents: 0, givenCents: 5000, reference: null }, 3570)).toThrow('storeCounter.errors.cardPartInvalid');
    expect(() => splitPayment({ method: 'SPLIT', cardCents: 2000, givenCents: 1500, reference: null }, 3570)).toThrow('storeCounter.errors.cashTooLittle');
  });
});

describe('cashSuggestions', () => {
  it('the exact amount first, then the next round notes', () => {
    expect(cashSuggestions(3570)).toEqual([3570, 4000, 5000, 10000]);
    expect(cashSuggestions(2000)).toEqual([2000, 5000, 10000]);
  });
});

describe('member code', () => {
  it('names the account it was made for, in any letter case of its prefix', () => {
    expect(readMemberCode(memberCode(USER))).toBe(USER);
    expect(readMemberCode(` ${memberCode(USER).replace('DJM1', 'djm1')} `)).toBe(USER);
  });

  it('a code with another account or a changed signature finds nobody', () => {
    const [prefix, , signature] = memberCode(USER).split('.');
    expect(readMemberCode(`${prefix}.${USER.replace('3f2b', '3f2c')}.${signature}`)).toBeNull();
    expect(readMemberCode(`${memberCode(USER)}x`)).toBeNull();
    expect(readMemberCode('DJM1.not-a-uuid.abc')).toBeNull();
    expect(readMemberCode('someone@example.com')).toBeNull();
  });
});

describe('isBusinessId', () => {
  it('accepts IDs whose check digit matches, refuses the rest', () => {
    expect(isBusinessId('1234567-1')).toBe(true);
    expect(isBusinessId('0737546-2')).toBe(true);
    expect(isBusinessId('1234567-2')).toBe(false);
    expect(isBusinessId('1234567')).toBe(false);
  });
});
