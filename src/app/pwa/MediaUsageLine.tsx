import { useEffect, useState } from 'react';
import { useKeel } from '../../state/store';
import { formatBytes } from './persistentStorage';
import { type MediaUsage, mediaUsage } from '../../storage/attachmentRepo';
import { currentLocale, type Translate, translateNow, useT } from '../../ui/i18n/i18n';

export function mediaUsageText(
  usage: MediaUsage,
  t: Translate = translateNow,
  locale: string = currentLocale(),
): string {
  if (usage.count === 0) return t('storage.noMedia');
  return t('storage.media', { count: usage.count, size: formatBytes(usage.bytes, locale) });
}

/** Settings' storage line for media: counted from the sealed descriptions, never the files. */
export default function MediaUsageLine() {
  const { t, locale } = useT();
  const key = useKeel((s) => s.key);
  const [usage, setUsage] = useState<MediaUsage | null>(null);
  useEffect(() => {
    let live = true;
    if (key)
      void mediaUsage(key).then(
        (next) => live && setUsage(next),
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [key]);
  return usage && <p data-testid="media-usage">{mediaUsageText(usage, t, locale)}</p>;
}
