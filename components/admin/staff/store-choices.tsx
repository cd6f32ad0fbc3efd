import type { ReactNode } from 'react';

type Store = { id: string; name: string; city: string | null };

/** The stores to check (repeated "storeId" fields), in a fieldset with a legend. */
export function StoreChoices({ stores, checked, legend, hint, error }: { stores: readonly Store[]; checked: readonly string[]; legend: ReactNode; hint?: ReactNode; error?: string }) {
  return (
    <fieldset aria-describedby={error ? 'store-choices-error' : undefined}>
      <legend className="font-medium text-stone-900">{legend}</legend>
      {hint ? <p className="text-sm text-stone-600">{hint}</p> : null}
      <div className="mt-1 grid gap-x-6 sm:grid-cols-2">
        {stores.map((store) => (
          <label key={store.id} className="flex min-h-11 items-center gap-3">
            <input type="checkbox" name="storeId" value={store.id} defaultChecked={checked.includes(store.id)} className="size-5 accent-brand-700" />
            <span>
              {store.name}
              {store.city ? <span className="text-stone-600"> · {store.city}</span> : null}
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p id="store-choices-error" className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
