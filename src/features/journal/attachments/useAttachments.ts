import { useEffect, useState } from 'react';
import type { Attachment } from '../../../storage/attachmentCodec';
import { readAttachments } from '../../../storage/attachmentRepo';

/** The sealed descriptions of these ids, read and decrypted (undefined: gone or unreadable). */
export function useAttachments(
  key: CryptoKey | null,
  ids: readonly string[],
): { list: ReadonlyMap<string, Attachment | undefined>; reload(): void } {
  const [list, setList] = useState<ReadonlyMap<string, Attachment | undefined>>(new Map());
  const [round, setRound] = useState(0);
  const wanted = ids.join('|');
  useEffect(() => {
    let live = true;
    if (key && wanted) {
      const want = wanted.split('|');
      void readAttachments(key, want).then(
        (metas) => live && setList(new Map(want.map((id, i) => [id, metas[i]]))),
        () => undefined,
      );
    }
    return () => {
      live = false;
    };
  }, [key, wanted, round]);
  return { list, reload: () => setRound((n) => n + 1) };
}
