import { useState } from 'react';
import { useKeel } from '../state/store';
import './notice.css';

/** Items that could not be opened, besides the settings (said on their own). */
export function damagedText(unreadable: number, settingsDamaged: boolean): string[] {
  const others = unreadable - (settingsDamaged ? 1 : 0);
  const lines: string[] = [];
  if (settingsDamaged) {
    lines.push(
      'Your settings could not be opened, so Keel is using its starting settings for now, including where Quick exit goes and when Keel locks. You can look at them in Settings. The damaged copy is kept as it was, never mixed in.',
    );
  }
  if (others > 0) {
    lines.push(
      `${others.toLocaleString()} saved ${others === 1 ? 'item' : 'items'} could not be opened; ${others === 1 ? 'it may have' : 'they may have'} been damaged on this device. ${others === 1 ? 'It is' : 'They are'} kept exactly as ${others === 1 ? 'it was' : 'they were'}, and everything else is here.`,
    );
  }
  if (lines.length > 0) lines.push('Making a backup now keeps everything that opened safe.');
  return lines;
}

/** Says plainly, once per opening, that some saved rows could not be read. */
export function DamagedNotice() {
  const unreadable = useKeel((s) => s.unreadable);
  const settingsDamaged = useKeel((s) => s.settingsDamaged);
  const epoch = useKeel((s) => s.epoch);
  const [closedAt, setClosedAt] = useState<number | null>(null);
  const lines = damagedText(unreadable, settingsDamaged);
  if (lines.length === 0 || closedAt === epoch) return null;
  return (
    <section className="notice" role="note" aria-label="Some things could not be opened">
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <button type="button" onClick={() => setClosedAt(epoch)}>
        Got it
      </button>
    </section>
  );
}
