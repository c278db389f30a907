import { useEffect, useRef, useState } from 'react';
import { useKeel } from '../../../state/store';
import { useT } from '../../../ui/i18n/i18n';
import { useObjectUrl } from './MediaView';
import { useAttachments } from './useAttachments';

/**
 * The first photo of an entry in the list, small. Nothing is read or decrypted until the
 * row comes near the screen (the list is virtualised too, so only rows near it exist).
 */
export default function ListThumb({ ids }: { ids: readonly string[] }) {
  const { t } = useT('first');
  const key = useKeel((s) => s.key);
  const box = useRef<HTMLSpanElement>(null);
  const [near, setNear] = useState(typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = box.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (seen) => {
        if (seen.some((item) => item.isIntersecting)) setNear(true);
      },
      { rootMargin: '300px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  const { list } = useAttachments(near ? key : null, ids);
  const first = [...list.values()].find((meta) => meta?.kind === 'image' && meta.thumb);
  const { url } = useObjectUrl(first, 'thumb', near);
  const count = ids.length;
  return (
    <span ref={box} className="entry-thumb">
      {url && <img src={url} alt="" width={48} height={48} />}
      <span className="entry-media-count">{t('media.count', { count })}</span>
    </span>
  );
}
