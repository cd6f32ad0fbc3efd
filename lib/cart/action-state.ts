import type { FormState } from '@/lib/forms/form-state';
import type { CartChange } from './types';

/** What the cart's server actions return: a form state plus the cart's new numbers. */
export type CartActionState = FormState & {
  itemCount?: number;
  quantity?: number;
  limitedBy?: CartChange['limitedBy'];
};
