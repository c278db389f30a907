import { useEffect, useState } from 'react';
import type { Attachment } from '../../../storage/attachmentCodec';
import { readAttachmentBytes } from '../../../storage/attachmentRepo';
import { stripImageMetadata } from '../../../lib/exif';
import { useKeel } from '../../../state/store';
import { useT } from '../../../ui/i18n/i18n';
import { formatDuration } from './MediaView';
import { onReleaseMedia } from './release';
import { useAttachments } from './useAttachments';
import './attachments.css';

/**
 * What a print shows of a photo: without its hidden details unless `originals`. A picture
 * whose details cannot be taken out is shown by its thumbnail, drawn anew on this device.
 */
async function printBytes(meta: Attachment, originals: boolean): Promise<Blob | null> {
  const bytes = await readAttachmentBytes(meta, 'original');
  if (originals) return new Blob([bytes], { type: meta.type });
  const stripped = stripImageMetadata(meta.type, bytes);
  if (stripped) return new Blob([stripped], { type: meta.type });
  if (!meta.thumb) return null;
  return new Blob([await readAttachmentBytes(meta, 'thumb')], { type: meta.thumb.type });
}

/** One photo for the print: its own object URL, revoked when it leaves or on lock. */
function PrintPhoto({ meta, originals }: { meta: Attachment; originals: boolean }) {
  const { t } = useT();
  const [state, setState] = useState<{ url: string | null; failed: boolean }>({
    url: null,
    failed: false,
  });
  useEffect(() => {
    let url: string | null = null;
    let live = true;
    const release = () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
      url = null;
    };
    const stop = onReleaseMedia(release);
    printBytes(meta, originals).then(
      (blob) => {
        if (!live) return;
        if (!blob) return setState({ url: null, failed: true });
        url = URL.createObjectURL(blob);
        setState({ url, failed: false });
      },
      () => live && setState({ url: null, failed: true }),
    );
    return () => {
      stop();
      release();
    };
  }, [meta, originals]);
  if (state.failed) {
    return <p className="media-problem">{t('media.printFailed')}</p>;
  }
  if (!state.url) return <p className="media-loading">{t('media.openingPhoto')}</p>;
  return (
    <img
      className="report-photo"
      src={state.url}
      alt={meta.description || t('media.noDescription')}
    />
  );
}

/** An entry's photos and voice notes in the printable report. */
export default function ReportPhotos({
  ids,
  originals,
}: {
  ids: readonly string[];
  originals: boolean;
}) {
  const { t } = useT();
  const key = useKeel((s) => s.key);
  const { list } = useAttachments(key, ids);
  return (
    <div className="report-media">
      {ids.map((id) => {
        if (!list.has(id)) return null;
        const meta = list.get(id);
        if (!meta) {
          return (
            <p key={id} className="media-problem">
              {t('media.entryUnreadable')}
            </p>
          );
        }
        return (
          <figure key={id} className="report-media-item">
            {meta.kind === 'image' ? (
              <PrintPhoto meta={meta} originals={originals} />
            ) : (
              <span>
                {meta.durationMs === undefined
                  ? t('media.voiceNote')
                  : t('media.voiceNoteLength', { length: formatDuration(meta.durationMs) })}
                {meta.description && ': '}
              </span>
            )}
            {meta.description && meta.kind === 'image' && (
              <figcaption className="media-description">{meta.description}</figcaption>
            )}
            {meta.description && meta.kind === 'audio' && (
              <span className="media-description">{meta.description}</span>
            )}
          </figure>
        );
      })}
    </div>
  );
}
