'use client';

import { useTranslations } from 'next-intl';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import type { EditorBlock, GridSource } from './editor-blocks';
import type { EditorOptions } from './editor-options';
import { ImageField } from './image-field';
import { ProductPicker } from './product-picker';
import { RichTextInput } from './rich-text-input';

type Props = {
  block: EditorBlock;
  onChange: (block: EditorBlock) => void;
  /** This block's errors by field ("alt", "productSlugs"; "" for the block as a whole). */
  errors: Record<string, string>;
  options: EditorOptions;
  productNames: Record<string, string>;
  rememberProduct: (slug: string, name: string) => void;
};

/** The fields of one block, by its type. */
export function BlockFields({ block, onChange, errors, options, productNames, rememberProduct }: Props) {
  const t = useTranslations('adminContent.blocks.fields');
  switch (block.type) {
    case 'heading':
      return (
        <div className="grid gap-3 sm:grid-cols-[1fr_auto]">
          <FormField label={t('text')} error={errors.text} required>
            {(field) => <Input {...field} value={block.text} maxLength={200} onChange={(e) => onChange({ ...block, text: e.currentTarget.value })} />}
          </FormField>
          <FormField label={t('level')}>
            {(field) => (
              <Select {...field} value={block.level} onChange={(e) => onChange({ ...block, level: e.currentTarget.value === '3' ? '3' : '2' })}>
                <option value="2">{t('level2')}</option>
                <option value="3">{t('level3')}</option>
              </Select>
            )}
          </FormField>
        </div>
      );
    case 'text':
      return <RichTextInput label={t('html')} value={block.html} onChange={(html) => onChange({ ...block, html })} error={errors.html} />;
    case 'image':
      return (
        <div className="flex flex-col gap-3">
          <ImageField
            urlLabel={t('imageUrl')}
            altLabel={t('alt')}
            url={block.url}
            alt={block.alt}
            onChange={(next) => onChange({ ...block, ...next })}
            errors={{ url: errors.url, alt: errors.alt }}
          />
          <FormField label={t('caption')} error={errors.caption}>
            {(field) => <Input {...field} value={block.caption} maxLength={300} onChange={(e) => onChange({ ...block, caption: e.currentTarget.value })} />}
          </FormField>
        </div>
      );
    case 'quote':
      return (
        <div className="flex flex-col gap-3">
          <FormField label={t('quote')} error={errors.text} required>
            {(field) => <Textarea {...field} rows={3} value={block.text} onChange={(e) => onChange({ ...block, text: e.currentTarget.value })} />}
          </FormField>
          <FormField label={t('cite')} error={errors.cite}>
            {(field) => <Input {...field} value={block.cite} maxLength={200} onChange={(e) => onChange({ ...block, cite: e.currentTarget.value })} />}
          </FormField>
        </div>
      );
    case 'productCard':
      return (
        <ProductPicker
          label={t('product')}
          single
          chosen={block.productSlug ? [{ value: block.productSlug, name: productNames[block.productSlug] ?? block.productSlug }] : []}
          onAdd={(product) => {
            rememberProduct(product.slug, product.name);
            onChange({ ...block, productSlug: product.slug });
          }}
          onRemove={() => onChange({ ...block, productSlug: '' })}
          error={errors.productSlug}
        />
      );
    case 'productGrid':
      return (
        <div className="flex flex-col gap-3">
          <FormField label={t('gridTitle')} error={errors.title}>
            {(field) => <Input {...field} value={block.title} maxLength={200} onChange={(e) => onChange({ ...block, title: e.currentTarget.value })} />}
          </FormField>
          <fieldset className="flex flex-col gap-1">
            <legend className="font-medium text-stone-900">{t('source')}</legend>
            {(['products', 'category', 'tag'] as GridSource[]).map((source) => (
              <label key={source} className="flex min-h-11 items-center gap-3">
                <input
                  type="radio"
                  className="size-5"
                  name={`${block.key}-source`}
                  checked={block.source === source}
                  onChange={() => onChange({ ...block, source })}
                />
                <span>{t(source === 'products' ? 'sourceProducts' : source === 'category' ? 'sourceCategory' : 'sourceTag')}</span>
              </label>
            ))}
          </fieldset>
          {block.source === 'products' ? (
            <ProductPicker
              label={t('sourceProducts')}
              chosen={block.productSlugs.map((slug) => ({ value: slug, name: productNames[slug] ?? slug }))}
              onAdd={(product) => {
                rememberProduct(product.slug, product.name);
                onChange({ ...block, productSlugs: [...block.productSlugs, product.slug] });
              }}
              onRemove={(slug) => onChange({ ...block, productSlugs: block.productSlugs.filter((s) => s !== slug) })}
              error={errors.productSlugs}
            />
          ) : block.source === 'category' ? (
            <FormField label={t('category')} error={errors.productSlugs ?? errors.categorySlug}>
              {(field) => (
                <Select {...field} value={block.categorySlug} onChange={(e) => onChange({ ...block, categorySlug: e.currentTarget.value })}>
                  <option value="">{t('choose')}</option>
                  {options.categories.map((c) => (
                    <option key={c.slug} value={c.slug}>
                      {c.name}
                    </option>
                  ))}
                </Select>
              )}
            </FormField>
          ) : (
            <FormField label={t('tag')} error={errors.productSlugs ?? errors.tagSlug}>
              {(field) => (
                <Select {...field} value={block.tagSlug} onChange={(e) => onChange({ ...block, tagSlug: e.currentTarget.value })}>
                  <option value="">{t('choose')}</option>
                  {options.tags.map((tag) => (
                    <option key={tag.slug} value={tag.slug}>
                      {tag.name}
                    </option>
                  ))}
                </Select>
              )}
            </FormField>
          )}
          <FormField label={t('limit')} error={errors.limit}>
            {(field) => (
              <Input {...field} type="number" min={1} max={24} inputMode="numeric" className="max-w-32" value={block.limit} onChange={(e) => onChange({ ...block, limit: e.currentTarget.value })} />
            )}
          </FormField>
        </div>
      );
    case 'callToAction':
      return (
        <div className="grid gap-3 md:grid-cols-2">
          <FormField label={t('ctaText')} error={errors.text} required>
            {(field) => <Input {...field} value={block.text} maxLength={120} onChange={(e) => onChange({ ...block, text: e.currentTarget.value })} />}
          </FormField>
          <FormField label={t('href')} hint={t('hrefHint')} error={errors.href} required>
            {(field) => <Input {...field} value={block.href} spellCheck={false} onChange={(e) => onChange({ ...block, href: e.currentTarget.value })} />}
          </FormField>
        </div>
      );
    case 'eventCard':
      return (
        <FormField label={t('event')} hint={options.events.length === 0 ? t('noEvents') : undefined} error={errors.eventId} required>
          {(field) => (
            <Select {...field} value={block.eventId} onChange={(e) => onChange({ ...block, eventId: e.currentTarget.value })}>
              <option value="">{t('choose')}</option>
              {options.events.map((event) => (
                <option key={event.id} value={event.id}>
                  {event.label}
                </option>
              ))}
            </Select>
          )}
        </FormField>
      );
  }
}
