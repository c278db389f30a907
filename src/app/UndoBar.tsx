import { useState } from 'react';
import { saveFailedMessage } from '../ui/messages';
import { useKeel } from '../state/store';
import { useT } from '../ui/i18n/i18n';

/** After a delete: a calm way to take it back. */
export function UndoBar() {
  const { t } = useT('first');
  const deleted = useKeel((s) => s.recentlyDeleted);
  const [problem, setProblem] = useState('');
  if (!deleted) return null;
  const undo = async () => {
    try {
      // The writing code: loaded by the delete that showed this bar, so at hand by now.
      const { undoDelete } = await import('../features/journal/actions');
      const entry = await undoDelete();
      if (entry) useKeel.getState().setStatus(t('undo.restored'));
      setProblem('');
    } catch (error) {
      setProblem(saveFailedMessage(error, t));
    }
  };
  return (
    <div className="undo-bar" role="group" aria-label={t('undo.label')}>
      <span>{t('undo.deleted')}</span>
      <button type="button" onClick={() => void undo()}>
        {t('undo.undo')}
      </button>
      <button type="button" onClick={() => useKeel.getState().setRecentlyDeleted(null)}>
        {t('undo.dismiss')}
      </button>
      {problem && <span role="alert">{problem}</span>}
    </div>
  );
}
