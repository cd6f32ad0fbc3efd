'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { ContentBlockType } from '@/lib/content/blocks';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Select } from '@/components/ui/select';
import { BlockFields } from './block-fields';
import { BLOCK_TYPES, emptyBlock, serializeBlocks, type EditorBlock } from './editor-blocks';
import type { EditorOptions } from './editor-options';

type Props = {
  initial: EditorBlock[];
  /** The save action's field errors; a block's are under "body.<index>.<field>". */
  errors: Record<string, string>;
  options: EditorOptions;
  productNames: Record<string, string>;
};

/** The body: blocks to add, edit, move up or down and remove. Posted as one JSON field, "body". */
export function BlockEditor({ initial, errors, options, productNames: initialNames }: Props) {
  const t = useTranslations('adminContent.blocks');
  const [blocks, setBlocks] = useState(initial);
  const [names, setNames] = useState(initialNames);
  const [newType, setNewType] = useState<ContentBlockType>('text');
  const [announcement, setAnnouncement] = useState('');

  const typeName = (type: ContentBlockType) => t(`types.${type}`);

  function update(index: number, block: EditorBlock) {
    setBlocks((current) => current.map((b, i) => (i === index ? block : b)));
  }

  function move(index: number, by: -1 | 1) {
    const target = index + by;
    if (target < 0 || target >= blocks.length) return;
    const next = [...blocks];
    [next[index], next[target]] = [next[target], next[index]];
    setBlocks(next);
    setAnnouncement(t('moved', { type: typeName(next[target].type), number: target + 1 }));
    // Keep the keyboard on the same button of the moved block (or its other arrow at an end).
    const key = next[target].key;
    requestAnimationFrame(() => {
      const own = document.getElementById(`${key}-${by < 0 ? 'up' : 'down'}`) as HTMLButtonElement | null;
      (own && !own.disabled ? own : document.getElementById(`${key}-${by < 0 ? 'down' : 'up'}`))?.focus();
    });
  }

  function remove(index: number) {
    setBlocks((current) => current.filter((_, i) => i !== index));
    setAnnouncement(t('removed'));
    requestAnimationFrame(() => document.getElementById('block-add-type')?.focus());
  }

  function add() {
    const block = emptyBlock(newType);
    setBlocks((current) => [...current, block]);
    setAnnouncement(t('added', { type: typeName(newType), number: blocks.length + 1 }));
    requestAnimationFrame(() => document.getElementById(`${block.key}-heading`)?.focus());
  }

  function blockErrors(index: number): Record<string, string> {
    const prefix = `body.${index}.`;
    return Object.fromEntries(
      Object.entries(errors)
        .filter(([path]) => path.startsWith(prefix))
        .map(([path, message]) => [path.slice(prefix.length).split('.')[0], message]),
    );
  }

  return (
    <section aria-labelledby="blocks-heading" className="flex flex-col gap-4">
      <h2 id="blocks-heading" className="text-lg font-semibold text-stone-900">
        {t('heading')}
      </h2>
      <input type="hidden" name="body" value={JSON.stringify(serializeBlocks(blocks))} />
      {errors.body ? <p className="text-sm font-medium text-red-700">{errors.body}</p> : null}
      {blocks.length === 0 ? <p className="text-stone-700">{t('empty')}</p> : null}
      <ol className="flex flex-col gap-4">
        {blocks.map((block, index) => {
          const own = blockErrors(index);
          const label = t('label', { number: index + 1, type: typeName(block.type) });
          return (
            <li key={block.key} className={`rounded-xl border bg-white p-4 ${Object.keys(own).length || errors[`body.${index}`] ? 'border-red-700' : 'border-stone-200'}`}>
              <section aria-labelledby={`${block.key}-heading`} className="flex flex-col gap-3">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <h3 id={`${block.key}-heading`} tabIndex={-1} className="font-semibold text-stone-900">
                    {label}
                  </h3>
                  <div className="flex gap-1">
                    <Button id={`${block.key}-up`} size="sm" variant="ghost" disabled={index === 0} onClick={() => move(index, -1)} aria-label={t('moveUp', { number: index + 1 })}>
                      ↑
                    </Button>
                    <Button
                      id={`${block.key}-down`}
                      size="sm"
                      variant="ghost"
                      disabled={index === blocks.length - 1}
                      onClick={() => move(index, 1)}
                      aria-label={t('moveDown', { number: index + 1 })}
                    >
                      ↓
                    </Button>
                    <Button size="sm" variant="ghost" onClick={() => remove(index)} aria-label={t('remove', { number: index + 1 })}>
                      ✕
                    </Button>
                  </div>
                </div>
                {errors[`body.${index}`] ? <p className="text-sm font-medium text-red-700">{errors[`body.${index}`]}</p> : null}
                <BlockFields
                  block={block}
                  onChange={(next) => update(index, next)}
                  errors={own}
                  options={options}
                  productNames={names}
                  rememberProduct={(slug, name) => setNames((current) => ({ ...current, [slug]: name }))}
                />
              </section>
            </li>
          );
        })}
      </ol>
      <div className="flex flex-wrap items-end gap-2">
        <FormField label={t('addType')} id="block-add-type">
          {(field) => (
            <Select {...field} value={newType} onChange={(e) => setNewType(e.currentTarget.value as ContentBlockType)}>
              {BLOCK_TYPES.map((type) => (
                <option key={type} value={type}>
                  {typeName(type)}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <Button variant="secondary" onClick={add}>
          {t('add')}
        </Button>
      </div>
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </section>
  );
}
