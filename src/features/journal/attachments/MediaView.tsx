import { useEffect, useState } from 'react';
import type { Part } from '../../../crypto/attachmentChunks';
import type { Attachment } from '../../../storage/attachmentCodec';
import { useT } from '../../../ui/i18n/i18n';
import { objectUrlFor } from './urls';

/** An object URL for one part, or a problem: decrypted when asked for, revoked on release. */
export function useObjectUrl(meta: Attachment | undefined, part: Part, wanted = true) {
  const [state, setState] = useState<{ url: string | null; failed: boolean }>({
    url: null,
    failed: false,
  });
  useEffect(() => {
    let live = true;
    if (meta && wanted) {
      void objectUrlFor(meta, part).then(
        (url) => live && setState({ url, failed: false }),
        () => live && setState({ url: null, failed: true }),
      );
    }
    return () => {
      live = false;
    };
  }, [meta, part, wanted]);
  return state;
}

function Unreadable() {
  const { t } = useT();
  return <p className="media-problem">{t('media.unreadable')}</p>;
}

/** A photo at full size, with its description as alt text. */
export function PhotoView({ meta, part = 'original' }: { meta: Attachment; part?: Part }) {
  const { t } = useT();
  const { url, failed } = useObjectUrl(meta, part);
  if (failed) return <Unreadable />;
  if (!url) return <p className="media-loading">{t('media.openingPhoto')}</p>;
  return (
    <img className="media-photo" src={url} alt={meta.description || t('media.noDescription')} />
  );
}

/** A voice note's player. */
export function VoiceView({ meta }: { meta: Attachment }) {
  const { t } = useT();
  const { url, failed } = useObjectUrl(meta, 'original');
  if (failed) return <Unreadable />;
  if (!url) return <p className="media-loading">{t('media.openingVoice')}</p>;
  return (
    <audio className="media-audio" controls src={url} aria-label={t('media.player')}>
      <track kind="captions" />
    </audio>
  );
}

export function formatDuration(ms: number): string {
  const total = Math.round(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
