import { useKeel } from '../../../state/store';
import { useT } from '../../../ui/i18n/i18n';
import { formatDuration, PhotoView, VoiceView } from './MediaView';
import { useAttachments } from './useAttachments';

/** An entry page's photos and voice notes, with each one's SHA-256 as taken when added. */
export default function EntryMedia({ ids }: { ids: readonly string[] }) {
  const { t } = useT();
  const key = useKeel((s) => s.key);
  const { list } = useAttachments(key, ids);
  return (
    <section className="entry-media" aria-label={t('media.region')}>
      {ids.map((id) => {
        const meta = list.get(id);
        if (!list.has(id)) return null;
        if (!meta) {
          return (
            <p key={id} className="media-problem">
              {t('media.entryUnreadable')}
            </p>
          );
        }
        return (
          <figure key={id} className="media-item">
            {meta.kind === 'image' ? <PhotoView meta={meta} /> : <VoiceView meta={meta} />}
            <figcaption>
              {meta.kind === 'audio' && (
                <span>
                  {meta.durationMs === undefined
                    ? t('media.voiceNote')
                    : t('media.voiceNoteLength', { length: formatDuration(meta.durationMs) })}
                  {meta.description && ': '}
                </span>
              )}
              {meta.description && <span className="media-description">{meta.description}</span>}
              {meta.hasLocation && <span className="media-location">{t('media.location')}</span>}
              <span className="media-hash">
                {t('media.sha')} <code>{meta.sha256}</code>
              </span>
            </figcaption>
          </figure>
        );
      })}
    </section>
  );
}
