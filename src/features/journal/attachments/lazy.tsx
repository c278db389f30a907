/**
 * The attachment views, each loaded only when first needed, so the first screen's code does
 * not grow (docs/design.md, Performance budgets).
 */
import { lazy, Suspense, type ComponentProps } from 'react';

const Field = lazy(() => import('./AttachmentsField'));
const Media = lazy(() => import('./EntryMedia'));
const Thumb = lazy(() => import('./ListThumb'));

export function LazyAttachmentsField(props: ComponentProps<typeof Field>) {
  return (
    <Suspense fallback={null}>
      <Field {...props} />
    </Suspense>
  );
}

export function LazyEntryMedia({ ids }: { ids?: readonly string[] | undefined }) {
  if (!ids || ids.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <Media ids={ids} />
    </Suspense>
  );
}

export function LazyListThumb({ ids }: { ids?: readonly string[] | undefined }) {
  if (!ids || ids.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <Thumb ids={ids} />
    </Suspense>
  );
}
