import { useKeel } from '../state/store';

/** Says, on views built from every entry, that older entries are still opening. */
export function OpeningNote() {
  const loading = useKeel((s) => s.loading);
  const count = useKeel((s) => s.entries.size);
  if (!loading) return null;
  return (
    <p className="hint" role="note">
      Opening your entries… {count} so far. What you see here will include the rest when they are
      in.
    </p>
  );
}
