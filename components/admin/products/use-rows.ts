'use client';

import { useRef, useState } from 'react';

/** A list of form rows with stable keys (inputs keep what was typed when rows move or go). */
export function useRows<T>(initial: T[]) {
  const next = useRef(initial.length);
  const [rows, setRows] = useState(() => initial.map((value, key) => ({ key, value })));
  return {
    rows,
    add(value: T) {
      setRows((current) => [...current, { key: next.current++, value }]);
    },
    remove(key: number) {
      setRows((current) => current.filter((row) => row.key !== key));
    },
    moveUp(key: number) {
      setRows((current) => {
        const index = current.findIndex((row) => row.key === key);
        if (index <= 0) return current;
        const copy = [...current];
        [copy[index - 1], copy[index]] = [copy[index], copy[index - 1]];
        return copy;
      });
    },
  };
}
