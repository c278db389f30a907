import { useCallback, useEffect, useRef, useState } from 'react';
import { beforeJournalDrops } from '../../state/pendingSaves';
import { useKeel } from '../../state/store';
import type { SafetyPlan } from '../../storage/reflectSafetyTypes';
import { saveFailedMessage } from '../../ui/messages';
import { savePlan } from './actions';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

const DELAY_MS = 800;

/**
 * Saves the plan a moment after the last change, on Save, when the page is hidden, and
 * when the editor closes. A lock or quick exit starts the save first, while the key is
 * still there (see pendingSaves); nothing waits for it.
 */
export function usePlanAutosave(): {
  state: SaveState;
  problem: string;
  schedule(plan: SafetyPlan): void;
  flush(): Promise<void>;
} {
  const [state, setState] = useState<SaveState>('idle');
  const [problem, setProblem] = useState('');
  const pending = useRef<SafetyPlan | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const plan = pending.current;
    if (!plan || !useKeel.getState().key) return;
    pending.current = null;
    setState('saving');
    try {
      await savePlan(plan);
      if (pending.current === null) {
        setState('saved');
        setProblem('');
      }
    } catch (error) {
      pending.current ??= plan;
      setState('failed');
      setProblem(saveFailedMessage(error));
    }
  }, []);

  const schedule = useCallback(
    (plan: SafetyPlan) => {
      pending.current = plan;
      setState('pending');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DELAY_MS);
    },
    [flush],
  );

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = () => void flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    const unregister = beforeJournalDrops(flush);
    return () => {
      unregister();
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      void flush();
    };
  }, [flush]);

  return { state, problem, schedule, flush };
}
