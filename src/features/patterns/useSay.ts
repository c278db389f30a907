import { useMemo } from 'react';
import { useT } from '../../ui/i18n/i18n';
import type { Say } from './words';

/**
 * The language shown and its messages, the same object until the language changes: useT's
 * function is new on every render, and the charts and memoised words depend on this.
 */
export function useSay(): Say {
  const { t, locale } = useT();
  // t reads only the locale's catalogue, so the locale alone says when it changes.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => ({ t, locale }), [locale]);
}
