'use client';

import { useId, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { cn } from '@/components/ui/cn';
import { combines, pickVariant, variantOptions, type VariantChoice } from '@/lib/catalog/variant-options';
import { useColourName } from './use-colour-name';

/**
 * Size and colour as radio buttons (a fieldset each). An option that does not come with the
 * current choice of the other attribute says so, and picking it switches the other one too.
 */
export function VariantPicker<T extends VariantChoice>({
  variants,
  selected,
  onSelect,
}: {
  variants: readonly T[];
  selected: T;
  onSelect: (variant: T) => void;
}) {
  const t = useTranslations('catalog.product.variant');
  const colourName = useColourName();
  const { sizes, colours } = variantOptions(variants);
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, '');

  // Variants without size or colour (rare) are chosen by their code.
  if (sizes.length === 0 && colours.length === 0) {
    if (variants.length < 2) return null;
    return (
      <OptionGroup legend={t('size')}>
        {variants.map((variant) => (
          <Option
            key={variant.id}
            name={`${id}-variant`}
            label={variant.sku}
            checked={variant.id === selected.id}
            onChange={() => onSelect(variant)}
          />
        ))}
      </OptionGroup>
    );
  }

  return (
    <div className="flex flex-col gap-4">
      {sizes.length > 1 ? (
        <OptionGroup legend={t('size')}>
          {sizes.map((size) => (
            <Option
              key={size}
              name={`${id}-size`}
              label={size}
              checked={selected.size === size}
              unavailable={!combines(variants, selected, { size }) ? t('unavailable') : undefined}
              onChange={() => onSelect(pickVariant(variants, selected, { size }))}
            />
          ))}
        </OptionGroup>
      ) : null}
      {colours.length > 1 ? (
        <OptionGroup legend={t('colour')}>
          {colours.map((colour) => (
            <Option
              key={colour}
              name={`${id}-colour`}
              label={colourName(colour)}
              checked={selected.colour === colour}
              unavailable={!combines(variants, selected, { colour }) ? t('unavailable') : undefined}
              onChange={() => onSelect(pickVariant(variants, selected, { colour }))}
            />
          ))}
        </OptionGroup>
      ) : null}
    </div>
  );
}

function OptionGroup({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset>
      <legend className="mb-2 font-semibold text-stone-900">{legend}</legend>
      <div className="flex flex-wrap gap-2">{children}</div>
    </fieldset>
  );
}

function Option({
  name,
  label,
  checked,
  unavailable,
  onChange,
}: {
  name: string;
  label: string;
  checked: boolean;
  unavailable?: string;
  onChange: () => void;
}) {
  return (
    <label
      className={cn(
        'relative inline-flex min-h-11 min-w-11 cursor-pointer items-center justify-center rounded-lg border px-3 py-2 text-base',
        'has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-700',
        checked ? 'border-brand-700 bg-brand-700 font-semibold text-white' : 'border-stone-500 bg-white text-stone-900 hover:bg-stone-50',
        unavailable && !checked && 'border-dashed text-stone-700',
      )}
    >
      <input type="radio" name={name} checked={checked} onChange={onChange} className="sr-only" />
      {label}
      {unavailable ? <span className="sr-only"> ({unavailable})</span> : null}
    </label>
  );
}
