'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { saveContentAction } from '@/lib/actions/save-content';
import { contentSlug } from '@/lib/content/content-slug';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { Card, CardTitle } from '@/components/ui/card';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { BlockEditor } from './block-editor';
import type { EditorOptions } from './editor-options';
import type { ContentEditorValues } from './editor-values';
import { EventFields } from './event-fields';
import { ImageField } from './image-field';

type Props = { values: ContentEditorValues; options: EditorOptions; productNames: Record<string, string> };

/** Creates or edits one language version of a story, guide or event page: texts, cover, tags, blocks. */
export function ContentEditor({ values, options, productNames }: Props) {
  const t = useTranslations('adminContent.editor');
  const tl = useTranslations('adminContent.locales');
  const { state, pending, onSubmit, errors } = useServerForm(saveContentAction);
  const [slug, setSlug] = useState(values.slug);
  // A new item's slug follows its title until the owner edits the slug.
  const [slugFollowsTitle, setSlugFollowsTitle] = useState(values.id === null && values.slug === '');
  const [cover, setCover] = useState({ url: values.coverImageUrl, alt: values.coverImageAlt });

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-6" noValidate>
      {values.id ? <input type="hidden" name="contentId" value={values.id} /> : null}
      <input type="hidden" name="type" value={values.type} />
      <Card as="section" aria-labelledby="content-basics" className="grid gap-4 md:grid-cols-2">
        <CardTitle id="content-basics" className="md:col-span-2">
          {t('basics')}
        </CardTitle>
        {values.id === null ? (
          <FormField label={t('language')} hint={t('languageHint')} error={errors.locale}>
            {(field) => (
              <Select {...field} name="locale" defaultValue={values.locale}>
                <option value="fi">{tl('fi')}</option>
                <option value="en">{tl('en')}</option>
              </Select>
            )}
          </FormField>
        ) : null}
        <FormField label={t('title')} error={errors.title} required className="md:col-span-2">
          {(field) => (
            <Input
              {...field}
              name="title"
              defaultValue={values.title}
              maxLength={200}
              onChange={(event) => {
                if (slugFollowsTitle) setSlug(contentSlug(event.currentTarget.value));
              }}
            />
          )}
        </FormField>
        <FormField label={t('slug')} hint={t('slugHint')} error={errors.slug} className="md:col-span-2">
          {(field) => (
            <Input
              {...field}
              name="slug"
              value={slug}
              maxLength={120}
              spellCheck={false}
              onChange={(event) => {
                setSlugFollowsTitle(false);
                setSlug(event.currentTarget.value);
              }}
            />
          )}
        </FormField>
        <FormField label={t('excerpt')} hint={t('excerptHint')} error={errors.excerpt} className="md:col-span-2">
          {(field) => <Textarea {...field} name="excerpt" defaultValue={values.excerpt} rows={3} maxLength={300} />}
        </FormField>
      </Card>

      <Card as="section" aria-labelledby="content-cover" className="flex flex-col gap-4">
        <CardTitle id="content-cover">{t('cover')}</CardTitle>
        <ImageField
          urlLabel={t('coverUrl')}
          altLabel={t('coverAlt')}
          url={cover.url}
          alt={cover.alt}
          onChange={setCover}
          errors={{ url: errors.coverImageUrl, alt: errors.coverImageAlt }}
          names={{ url: 'coverImageUrl', alt: 'coverImageAlt' }}
        />
      </Card>

      {options.tags.length > 0 ? (
        <Card as="section" aria-labelledby="content-tags">
          <fieldset aria-describedby="content-tags-hint">
            <legend id="content-tags" className="text-lg font-semibold text-stone-900">
              {t('tags')}
            </legend>
            <p id="content-tags-hint" className="text-sm text-stone-600">
              {t('tagsHint')}
            </p>
            {errors.tagIds ? <p className="text-sm font-medium text-red-700">{errors.tagIds}</p> : null}
            <div className="mt-2 grid gap-x-4 sm:grid-cols-2 lg:grid-cols-3">
              {options.tags.map((tag) => (
                <label key={tag.id} className="flex min-h-11 items-center gap-3">
                  <input type="checkbox" name="tagIds" value={tag.id} defaultChecked={values.tagIds.includes(tag.id)} className="size-5" />
                  <span>{tag.name}</span>
                </label>
              ))}
            </div>
          </fieldset>
        </Card>
      ) : null}

      {values.event ? <EventFields event={values.event} stores={options.stores} errors={errors} /> : null}

      <Card>
        <BlockEditor initial={values.blocks} errors={errors} options={options} productNames={productNames} />
      </Card>

      <div className="sticky bottom-0 flex flex-col gap-3 border-t border-stone-200 bg-stone-50 py-4">
        <ServerFormStatus state={state} />
        {values.status === 'PUBLISHED' ? <p className="text-sm text-stone-700">{t('savePublishedHint')}</p> : null}
        <Button type="submit" loading={pending} className="self-start">
          {values.id === null ? t('create') : values.status === 'DRAFT' ? t('saveDraft') : t('save')}
        </Button>
      </div>
    </form>
  );
}
