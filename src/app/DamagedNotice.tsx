import { useState } from 'react';
import { useKeel } from '../state/store';
import { type Translate, useT } from '../ui/i18n/i18n';
import './notice.css';

/** Items that could not be opened, besides the settings (said on their own). */
export function damagedText(unreadable: number, settingsDamaged: boolean, t: Translate): string[] {
  const others = unreadable - (settingsDamaged ? 1 : 0);
  const lines: string[] = [];
  if (settingsDamaged) lines.push(t('damaged.settings'));
  if (others > 0) lines.push(t('damaged.items', { count: others }));
  if (lines.length > 0) lines.push(t('damaged.backup'));
  return lines;
}

/** Says plainly, once per opening, that some saved rows could not be read. */
export function DamagedNotice() {
  const { t } = useT();
  const unreadable = useKeel((s) => s.unreadable);
  const settingsDamaged = useKeel((s) => s.settingsDamaged);
  const epoch = useKeel((s) => s.epoch);
  const [closedAt, setClosedAt] = useState<number | null>(null);
  const lines = damagedText(unreadable, settingsDamaged, t);
  if (lines.length === 0 || closedAt === epoch) return null;
  return (
    <section className="notice" role="note" aria-label={t('damaged.label')}>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <button type="button" onClick={() => setClosedAt(epoch)}>
        {t('shell.gotIt')}
      </button>
    </section>
  );
}
