/**
 * The attachment views, each loaded only when first needed, so the first screen's code does
 * not grow (docs/design.md, Performance budgets).
 */
import { lazy, Suspense, type ComponentProps } from 'react';
import { useT } from '../../../ui/i18n/i18n';

const Field = lazy(() => import('./AttachmentsField'));
const Media = lazy(() => import('./EntryMedia'));
const Thumb = lazy(() => import('./ListThumb'));
const Print = lazy(() => import('./ReportPhotos'));

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

/** An entry's photos and voice notes in the printable report (hidden details left out unless `originals`). */
export function LazyReportPhotos(props: {
  ids?: readonly string[] | undefined;
  originals: boolean;
}) {
  if (!props.ids || props.ids.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <Print ids={props.ids} originals={props.originals} />
    </Suspense>
  );
}

export interface PhotoChoices {
  photos: boolean;
  originals: boolean;
}

/** The report's choices about photos: whether to print them, and whether as original files. */
export function ReportPhotoChoices({
  value,
  onChange,
}: {
  value: PhotoChoices;
  onChange(next: PhotoChoices): void;
}) {
  const { t } = useT('first');
  return (
    <>
      <label className="check">
        <input
          type="checkbox"
          checked={value.photos}
          onChange={(e) => onChange({ ...value, photos: e.target.checked })}
        />{' '}
        {t('media.reportPhotos')}
      </label>
      {value.photos && (
        <label className="check">
          <input
            type="checkbox"
            checked={value.originals}
            onChange={(e) => onChange({ ...value, originals: e.target.checked })}
          />{' '}
          {t('media.reportOriginals')}
        </label>
      )}
    </>
  );
}
