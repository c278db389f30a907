import { useEffect, useState } from 'react';
import { useKeel } from '../../state/store';
import { formatBytes } from './persistentStorage';
import { type MediaUsage, mediaUsage } from '../../storage/attachmentRepo';

export function mediaUsageText(usage: MediaUsage): string {
  if (usage.count === 0) return 'No photos or voice notes are kept yet.';
  const what =
    usage.count === 1
      ? '1 photo or voice note takes'
      : `${usage.count} photos and voice notes take`;
  return `Of that, ${what} about ${formatBytes(usage.bytes)}.`;
}

/** Settings' storage line for media: counted from the sealed descriptions, never the files. */
export default function MediaUsageLine() {
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
  return usage && <p data-testid="media-usage">{mediaUsageText(usage)}</p>;
}
