import { getFormatter, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Link } from '@/i18n/navigation';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { addCustomerNoteAction } from '@/lib/actions/admin-customer-add-note';
import { getAdminCustomer } from '@/lib/admin/customers/get-admin-customer';
import { requireOwner } from '@/lib/auth/require';
import { isUuid } from '@/lib/validation/uuid';
import { CustomerOrders } from '@/components/admin/customers/customer-orders';
import { CustomerProfile } from '@/components/admin/customers/customer-profile';
import { CustomerReturnsAndEvents } from '@/components/admin/customers/customer-returns-events';
import { EraseCustomerForm } from '@/components/admin/customers/erase-customer-form';
import { NoteForm } from '@/components/admin/orders/note-form';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'adminCustomers.list' });
  return { title: t('title') };
}

export default async function AdminCustomerPage({ params }: Props) {
  await pageLocale(params);
  const { id } = await params;
  await requireOwner(`/admin/customers/${id}`);
  const customer = isUuid(id) ? await getAdminCustomer(id) : null;
  if (!customer) notFound();
  const [t, format] = await Promise.all([getTranslations('adminCustomers'), getFormatter()]);
  const { user } = customer;
  const erased = user.email.endsWith('@invalid');
  return (
    <div>
      <Link href="/admin/customers" className="text-brand-800 underline">
        {t('page.back')}
      </Link>
      <h1 className="mt-3 text-2xl font-bold">{user.name || user.email}</h1>
      {erased ? <FormStatus className="mt-3" message={t('page.erased')} tone="success" /> : !user.active ? <p className="mt-2 text-stone-700">{t('page.deactivated')}</p> : null}

      <div className="mt-6">
        <CustomerProfile customer={customer} />
      </div>
      <CustomerOrders customer={customer} />
      <CustomerReturnsAndEvents customer={customer} />

      <section aria-labelledby="customer-notes" className="mt-8">
        <h2 id="customer-notes" className="text-lg font-semibold">
          {t('notes.title')}
        </h2>
        <p className="mt-1 text-sm text-stone-700">{t('notes.intro')}</p>
        {customer.notes.length === 0 ? (
          <p className="mt-2">{t('notes.empty')}</p>
        ) : (
          <ul className="mt-3 flex flex-col gap-3">
            {customer.notes.map((note) => (
              <li key={note.id} className="rounded-lg border border-amber-200 bg-amber-50 p-3">
                {note.forStaff ? <Badge tone="info">{t('notes.forStaffBadge')}</Badge> : null}
                <p className="whitespace-pre-wrap">{note.text}</p>
                <p className="mt-1 text-sm text-stone-700">
                  {t('notes.by', { name: note.author?.name ?? '–', when: format.dateTime(note.createdAt, { dateStyle: 'medium', timeStyle: 'short' }) })}
                </p>
              </li>
            ))}
          </ul>
        )}
        <NoteForm
          action={addCustomerNoteAction}
          about={{ userId: user.id }}
          count={customer.notes.length}
          labels={{ text: t('notes.text'), submit: t('notes.submit') }}
          checkbox={{ name: 'forStaff', label: t('notes.forStaff'), hint: t('notes.forStaffHint') }}
        />
      </section>

      <div className="mt-8 grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="customer-export" className="rounded-lg border border-stone-200 bg-white p-4">
          <h2 id="customer-export" className="text-lg font-semibold">
            {t('page.export')}
          </h2>
          <p className="mt-2 mb-3 text-stone-700">{t('page.exportIntro')}</p>
          {/* A plain link: the download comes from a route handler, not a page. */}
          <a href={`/api/admin/customers/${user.id}/export`} download className={buttonClasses({ variant: 'secondary' })}>
            {t('page.exportButton')}
          </a>
        </section>
        {erased ? null : (
          <section aria-labelledby="customer-erase" className="rounded-lg border border-red-200 bg-white p-4">
            <h2 id="customer-erase" className="text-lg font-semibold">
              {t('erase.title')}
            </h2>
            <p className="mt-2 text-stone-700">{user.role === 'CUSTOMER' ? t('erase.intro') : t('erase.notCustomer')}</p>
            {user.role === 'CUSTOMER' ? <EraseCustomerForm userId={user.id} /> : null}
          </section>
        )}
      </div>
    </div>
  );
}
