import { useState } from 'react';

/**
 * The busy, problem and try of a form's action. `run(label, work)` clears the problem, is
 * busy with `label` (a kind line for a role="status") while `work` runs, and turns a failure
 * into the message `explain` gives; `explain` returns null for a failure that needs no word
 * (a backup stopped because the journal locked). `busy` is '' while nothing runs.
 */
export function useAsyncAction(explain: (error: unknown) => string | null) {
  const [busy, setBusy] = useState('');
  const [problem, setProblem] = useState('');
  const run = async (label: string, work: () => Promise<void>): Promise<void> => {
    setProblem('');
    setBusy(label);
    try {
      await work();
    } catch (error) {
      const message = explain(error);
      if (message !== null) setProblem(message);
    } finally {
      setBusy('');
    }
  };
  return { busy, problem, setProblem, run };
}
