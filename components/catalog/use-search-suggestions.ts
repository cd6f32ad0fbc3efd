'use client';

import { useEffect, useRef, useState } from 'react';
import type { SuggestionAnswer } from '@/lib/catalog/types';

const DEBOUNCE_MS = 150;
const MIN_LENGTH = 2;

/**
 * Suggestions for what is typed, fetched from /api/search/suggest a moment after typing stops.
 * Answers are remembered for the page's life; a slower, older answer never replaces a newer one.
 */
export function useSearchSuggestions(query: string, locale: string): SuggestionAnswer[] {
  const [answers, setAnswers] = useState<Record<string, SuggestionAnswer[]>>({});
  // Shown while a newer answer is on its way, so the list does not flicker while typing.
  const [latest, setLatest] = useState<SuggestionAnswer[]>([]);
  const asked = useRef(new Set<string>());
  const text = query.trim();
  const key = `${locale}:${text}`;

  useEffect(() => {
    if (text.length < MIN_LENGTH || asked.current.has(key)) return;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      const params = new URLSearchParams({ q: text, locale });
      fetch(`/api/search/suggest?${params}`, { signal: controller.signal })
        .then((response) => (response.ok ? (response.json() as Promise<{ suggestions: SuggestionAnswer[] }>) : null))
        .then((body) => {
          if (!body) return;
          asked.current.add(key);
          setAnswers((previous) => ({ ...previous, [key]: body.suggestions }));
          setLatest(body.suggestions);
        })
        .catch(() => {}); // aborted or offline: the form still searches on submit
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [key, text, locale]);

  return text.length < MIN_LENGTH ? [] : (answers[key] ?? latest);
}
