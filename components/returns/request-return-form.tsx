'use client';

import { useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { requestReturnAction } from '@/lib/actions/request-return';
import { formatCents } from '@/lib/money';
import type { RequestReturnOptions } from '@/lib/returns/request-return-options';
import { RETURN_NOTE_MAX, RETURN_REASONS } from '@/lib/returns/return-reason';
import { QUANTITY_FIELD_PREFIX } from '@/lib/returns/request-return-fields';
import { Choice, ChoiceGroup } from '@/components/checkout/choice-group';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';

type Props = {
  options: Pick<RequestReturnOptions, 'order' | 'lines' | 'stores' | 'defaultStoreId' | 'mailAddress' | 'contactEmail'>;
  /** The guest link's secret, when the shopper came through it. */
  token: string | null;
};

/**
 * Which lines and how many (a select per line: no typing on a phone), why, and how the goods come
 * back (a store, the order's pickup store first, or by mail). The server checks it all again.
 */
export function RequestReturnForm({ options, token }: Props) {
  const t = useTranslations('returns');
  const locale = useLocale();
  const { state, pending, onSubmit, errors } = useServerForm(requestReturnAction);
  const returnable = options.lines.filter((line) => line.availableQuantity > 0);
  const [method, setMethod] = useState<'STORE' | 'MAIL'>(options.stores.length > 0 ? 'STORE' : 'MAIL');
  const address = options.mailAddress;

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-8">
      <input type="hidden" name="orderId" value={options.order.id} />
      {token ? <input type="hidden" name="token" value={token} /> : null}

      <fieldset className="min-w-0">
        <legend className="text-lg font-semibold text-stone-900">{t('form.linesLegend')}</legend>
        <ul className="mt-3 divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
          {options.lines.map((line) => {
            const field = `${QUANTITY_FIELD_PREFIX}${line.orderLineId}`;
            return (
              <li key={line.orderLineId} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-end sm:justify-between">
                <div className="min-w-0">
                  <p className="font-medium text-stone-900">{line.name}</p>
                  {line.variantLabel ? <p className="text-sm text-stone-700">{line.variantLabel}</p> : null}
                  <p className="text-sm text-stone-700">
                    {t('form.bought', { quantity: line.quantity })} × {formatCents(line.unitPriceCents, locale)}
                  </p>
                  <NotReturnableBadge line={line} />
                </div>
                {line.availableQuantity > 0 ? (
                  <FormField
                    className="sm:w-40"
                    label={t('form.quantityLabel', { name: line.name })}
                    hideLabel
                    hint={t('form.quantityHint', { max: line.availableQuantity })}
                    error={errors[field]}
                  >
                    {(control) => (
                      <Select {...control} name={field} defaultValue={returnable.length === 1 ? '1' : '0'}>
                        {Array.from({ length: line.availableQuantity + 1 }, (_, quantity) => (
                          <option key={quantity} value={quantity}>
                            {t('order.quantity', { quantity })}
                          </option>
                        ))}
                      </Select>
                    )}
                  </FormField>
                ) : null}
              </li>
            );
          })}
        </ul>
      </fieldset>

      <div className="flex flex-col gap-4">
        <FormField label={t('form.reasonLabel')} error={errors.reason} required>
          {(control) => (
            <Select {...control} name="reason" defaultValue="">
              <option value="" disabled>
                {t('form.reasonPlaceholder')}
              </option>
              {RETURN_REASONS.map((reason) => (
                <option key={reason} value={reason}>
                  {t(`reasons.${reason}`)}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField label={t('form.noteLabel')} hint={t('form.noteHint')} error={errors.note}>
          {(control) => <Textarea {...control} name="note" rows={3} maxLength={RETURN_NOTE_MAX} />}
        </FormField>
      </div>

      <ChoiceGroup id="return-method" legend={t('form.methodLegend')} error={errors.method}>
        <Choice
          name="method"
          value="STORE"
          checked={method === 'STORE'}
          onChange={() => setMethod('STORE')}
          disabled={options.stores.length === 0}
          label={t('form.methodStore')}
          details={options.stores.length > 0 ? t('form.methodStoreHint') : t('form.noStores')}
        />
        {method === 'STORE' && options.stores.length > 0 ? (
          <FormField label={t('form.storeLabel')} error={errors.storeId} required className="pl-1">
            {(control) => (
              <Select {...control} name="storeId" defaultValue={options.defaultStoreId ?? undefined}>
                {options.stores.map((store) => (
                  <option key={store.id} value={store.id}>
                    {[store.name, store.street, store.city].filter(Boolean).join(', ')}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
        ) : null}
        <Choice
          name="method"
          value="MAIL"
          checked={method === 'MAIL'}
          onChange={() => setMethod('MAIL')}
          label={t('form.methodMail')}
          details={
            address ? (
              <>
                {t('form.methodMailHint')}{' '}
                <span className="font-medium">
                  {[address.name, address.street, [address.postalCode, address.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')}
                </span>
              </>
            ) : options.contactEmail ? (
              t('form.mailAskAddress', { email: options.contactEmail })
            ) : (
              t('form.mailAskAddressNoEmail')
            )
          }
        />
      </ChoiceGroup>

      <ServerFormStatus state={state} />
      <Button type="submit" size="lg" fullWidth loading={pending} className="sm:w-auto sm:self-start">
        {t('form.submit')}
      </Button>
    </form>
  );
}

function NotReturnableBadge({ line }: { line: RequestReturnOptions['lines'][number] }) {
  const t = useTranslations('returns.form.notReturnable');
  if (line.availableQuantity > 0) return null;
  const reason = line.finalSale ? 'finalSale' : line.cancelled ? 'cancelled' : line.requestedQuantity > 0 ? 'requested' : 'returned';
  return (
    <Badge tone="neutral" className="mt-1">
      {t(reason)}
    </Badge>
  );
}
