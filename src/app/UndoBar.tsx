import { useState } from 'react';
import { undoDelete } from '../features/journal/actions';
import { saveFailedMessage } from '../ui/messages';
import { useKeel } from '../state/store';

/** After a delete: a calm way to take it back. */
export function UndoBar() {
  const deleted = useKeel((s) => s.recentlyDeleted);
  const [problem, setProblem] = useState('');
  if (!deleted) return null;
  const undo = async () => {
    try {
      const entry = await undoDelete();
      if (entry) useKeel.getState().setStatus('Entry restored');
      setProblem('');
    } catch (error) {
      setProblem(saveFailedMessage(error));
    }
  };
  return (
    <div className="undo-bar" role="group" aria-label="Deleted entry">
      <span>Entry deleted.</span>
      <button type="button" onClick={() => void undo()}>
        Undo
      </button>
      <button type="button" onClick={() => useKeel.getState().setRecentlyDeleted(null)}>
        Dismiss
      </button>
      {problem && <span role="alert">{problem}</span>}
    </div>
  );
}
