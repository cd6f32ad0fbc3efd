'use client';

import { useTranslations } from 'next-intl';
import { createContentTranslationAction } from '@/lib/actions/create-content-translation';
import { publishContentAction } from '@/lib/actions/publish-content';
import { scheduleContentAction } from '@/lib/actions/schedule-content';
import { unpublishContentAction } from '@/lib/actions/unpublish-content';
import type { FormState } from '@/lib/forms/form-state';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button, ButtonLink } from '@/components/ui/button';
import { Card, CardTitle } from '@/components/ui/card';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';

type Props = {
  contentId: string;
  locale: 'fi' | 'en';
  status: 'DRAFT' | 'SCHEDULED' | 'PUBLISHED';
  /** Already formatted for the reader (Helsinki time). */
  scheduledAtLabel: string | null;
  scheduledAtInput: string;
  publishedAtLabel: string | null;
  /** The public page's path (without the locale prefix), shown when published. */
  publicPath: string;
  translation: { id: string; locale: 'fi' | 'en'; status: 'DRAFT' | 'SCHEDULED' | 'PUBLISHED' } | null;
  eventId: string | null;
};

/** Publishing of one language version: preview, publish now, schedule, unpublish, the other language. */
export function WorkflowPanel(props: Props) {
  const t = useTranslations('adminContent.workflow');
  const ts = useTranslations('adminContent.statuses');
  const te = useTranslations('adminContent.event');
  const other = props.locale === 'fi' ? 'en' : 'fi';
  return (
    <Card as="aside" aria-labelledby="workflow-heading" className="flex flex-col gap-4">
      <CardTitle id="workflow-heading">{t('heading')}</CardTitle>
      <p className="font-medium">{t('status', { status: ts(props.status) })}</p>
      {props.scheduledAtLabel ? <p className="text-sm text-stone-700">{t('scheduledFor', { time: props.scheduledAtLabel })}</p> : null}
      {props.publishedAtLabel ? <p className="text-sm text-stone-700">{t('publishedAt', { time: props.publishedAtLabel })}</p> : null}
      <p className="text-sm text-stone-600">{t('saveFirst')}</p>
      <div className="flex flex-wrap gap-2">
        <ButtonLink href={`/admin/content/${props.contentId}/preview`} variant="secondary">
          {t('preview')}
        </ButtonLink>
        {props.status === 'PUBLISHED' ? (
          <ButtonLink href={props.publicPath} locale={props.locale} variant="ghost">
            {t('publicLink')}
          </ButtonLink>
        ) : null}
        {props.eventId ? (
          <ButtonLink href={`/admin/events/${props.eventId}`} variant="ghost">
            {te('registrations')}
          </ButtonLink>
        ) : null}
      </div>
      {props.status !== 'PUBLISHED' ? <StepForm action={publishContentAction} contentId={props.contentId} label={t('publish')} /> : null}
      {props.status !== 'PUBLISHED' ? <ScheduleForm {...props} /> : null}
      {props.status !== 'DRAFT' ? <StepForm action={unpublishContentAction} contentId={props.contentId} label={t('unpublish')} hint={t('unpublishHint')} variant="danger" /> : null}
      <section aria-labelledby="translation-heading" className="flex flex-col gap-2 border-t border-stone-200 pt-4">
        <h3 id="translation-heading" className="font-semibold">
          {t('translation')}
        </h3>
        {props.translation ? (
          <ButtonLink href={`/admin/content/${props.translation.id}`} variant="secondary">
            {t(`openTranslation.${other}`, { status: ts(props.translation.status) })}
          </ButtonLink>
        ) : (
          <StepForm action={createContentTranslationAction} contentId={props.contentId} label={t(`createTranslation.${other}`)} variant="secondary" />
        )}
      </section>
    </Card>
  );
}

type StepProps = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  contentId: string;
  label: string;
  hint?: string;
  variant?: 'primary' | 'secondary' | 'danger';
};

function StepForm({ action, contentId, label, hint, variant = 'primary' }: StepProps) {
  const { state, pending, onSubmit } = useServerForm(action);
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-2">
      <input type="hidden" name="contentId" value={contentId} />
      {hint ? <p className="text-sm text-stone-600">{hint}</p> : null}
      <Button type="submit" variant={variant} loading={pending} className="self-start">
        {label}
      </Button>
      <ServerFormStatus state={state} />
    </form>
  );
}

function ScheduleForm({ contentId, status, scheduledAtInput }: Props) {
  const t = useTranslations('adminContent.workflow');
  const { state, pending, onSubmit, errors } = useServerForm(scheduleContentAction);
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-2" noValidate>
      <input type="hidden" name="contentId" value={contentId} />
      <FormField label={t('scheduleAt')} hint={t('scheduleHint')} error={errors.scheduledAt}>
        {(field) => <Input {...field} type="datetime-local" name="scheduledAt" defaultValue={scheduledAtInput} />}
      </FormField>
      <Button type="submit" variant="secondary" loading={pending} className="self-start">
        {status === 'SCHEDULED' ? t('reschedule') : t('schedule')}
      </Button>
      <ServerFormStatus state={state} />
    </form>
  );
}
