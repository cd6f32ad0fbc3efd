'use client';

import type { FormEvent } from 'react';
import { QrScanButton } from '@/components/store/qr-scanner';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { SearchIcon } from '@/components/ui/icons';
import { Input } from '@/components/ui/input';

type Props = {
  label: string;
  hint: string;
  submitLabel: string;
  defaultValue: string;
  error?: string;
  pending: boolean;
  /** Called with the typed text (Enter or the button) or the text of a scanned QR code. */
  onSearch: (text: string) => void;
};

/**
 * A staff screen's one big search box: a hardware scanner types into it and presses Enter, and
 * where the browser can, "Scan QR" reads a code with the camera. Used at the counter and the desk.
 */
export function LookupBox({ label, hint, submitLabel, defaultValue, error, pending, onSearch }: Props) {
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get('q') ?? '').trim();
    if (text) onSearch(text);
  }

  return (
    <div className="flex flex-col gap-3">
      <form role="search" onSubmit={onSubmit} className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <FormField label={label} hint={hint} error={error} className="flex-1">
          {(field) => (
            <Input
              {...field}
              key={defaultValue}
              name="q"
              type="search"
              defaultValue={defaultValue}
              autoFocus
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              enterKeyHint="search"
              className="min-h-12 text-lg"
            />
          )}
        </FormField>
        <Button type="submit" size="lg" loading={pending}>
          <SearchIcon />
          {submitLabel}
        </Button>
      </form>
      <QrScanButton onScan={(text) => onSearch(text.trim())} />
    </div>
  );
}
