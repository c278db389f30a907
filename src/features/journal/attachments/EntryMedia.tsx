import { useKeel } from '../../../state/store';
import { formatDuration, LOCATION_NOTE, PhotoView, VoiceView } from './MediaView';
import { useAttachments } from './useAttachments';

/** An entry page's photos and voice notes, with each one's SHA-256 as taken when added. */
export default function EntryMedia({ ids }: { ids: readonly string[] }) {
  const key = useKeel((s) => s.key);
  const { list } = useAttachments(key, ids);
  return (
    <section className="entry-media" aria-label="Photos and voice notes">
      {ids.map((id) => {
        const meta = list.get(id);
        if (!list.has(id)) return null;
        if (!meta) {
          return (
            <p key={id} className="media-problem">
              An attachment of this entry could not be read on this device.
            </p>
          );
        }
        return (
          <figure key={id} className="media-item">
            {meta.kind === 'image' ? <PhotoView meta={meta} /> : <VoiceView meta={meta} />}
            <figcaption>
              {meta.kind === 'audio' && (
                <span>
                  Voice note
                  {meta.durationMs !== undefined && `, ${formatDuration(meta.durationMs)}`}
                  {meta.description && ': '}
                </span>
              )}
              {meta.description && <span className="media-description">{meta.description}</span>}
              {meta.hasLocation && <span className="media-location">{LOCATION_NOTE}</span>}
              <span className="media-hash">
                SHA-256 when added: <code>{meta.sha256}</code>
              </span>
            </figcaption>
          </figure>
        );
      })}
    </section>
  );
}
