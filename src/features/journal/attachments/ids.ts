/** Which attachments an entry or draft holds, and which a save or discard leaves behind. */

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

/** Removes these attachments from storage, loading the attachment code only when needed. */
export function removeAttachmentsLater(ids: readonly string[]): void {
  if (ids.length === 0) return;
  void import('../../../storage/attachmentRepo')
    .then(({ deleteAttachments }) => deleteAttachments(ids))
    .catch(() => undefined);
}
