import { describe, expect, it } from 'vitest';
import { parseHandoverQuery } from '@/lib/pickups/hand-over-query';

describe('what the hand-over search box understands', () => {
  it('takes the QR link to the order number and its code, with or without the locale and host', () => {
    expect(parseHandoverQuery('https://shop.example/store/jyvaskyla/handover/10042?code=ABC234').link).toEqual({ number: 10042, code: 'ABC234' });
    expect(parseHandoverQuery('http://localhost:3000/en/store/tampere/handover/10001').link).toEqual({ number: 10001, code: null });
    expect(parseHandoverQuery('/store/x/handover/10007/?code=abc%20234').link).toEqual({ number: 10007, code: 'abc 234' });
  });

  it('reads six letters or digits as a code candidate, however they were typed', () => {
    expect(parseHandoverQuery(' abc-234 ').code).toBe('ABC234');
    expect(parseHandoverQuery('ABC 234').code).toBe('ABC234');
    expect(parseHandoverQuery('ABC2345').code).toBeNull();
  });

  it('reads digits as an order number and, when long enough, as a phone number', () => {
    expect(parseHandoverQuery('10001')).toMatchObject({ number: 10001, code: null, phoneDigits: '10001', text: null });
    expect(parseHandoverQuery('#10001').number).toBe(10001);
    expect(parseHandoverQuery('040 123 4567')).toMatchObject({ number: null, phoneDigits: '401234567' });
    expect(parseHandoverQuery('+358 40 123 4567').phoneDigits).toBe('401234567');
  });

  it('keeps words for a name search, and a six-letter name is tried as a code first', () => {
    expect(parseHandoverQuery('Virtanen')).toMatchObject({ text: 'Virtanen', code: null, number: null, phoneDigits: null });
    expect(parseHandoverQuery('Aaltos')).toMatchObject({ text: 'Aaltos', code: 'AALTOS' });
    expect(parseHandoverQuery('x').text).toBeNull();
  });

  it('finds nothing to search in an empty box', () => {
    expect(parseHandoverQuery('   ')).toEqual({ link: null, code: null, number: null, phoneDigits: null, text: null });
  });
});
