/** Which attachments an entry or draft holds, and which a save or discard leaves behind. */

export { removeAttachmentsLater } from './sweep';

/** The ids listed in `lists` that `keep` does not hold, each once. */
export function leftOut(
  lists: readonly (readonly string[] | undefined)[],
  keep: readonly string[] = [],
): string[] {
  const kept = new Set(keep);
  const out = new Set<string>();
  for (const list of lists) for (const id of list ?? []) if (!kept.has(id)) out.add(id);
  return [...out];
}
