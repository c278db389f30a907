import { useState } from 'react';

type Explain = (error: unknown) => string | null | Promise<string | null>;

/**
 * The busy, problem and try of a form's action. `run(label, work)` clears the problem, is
 * busy with `label` (a kind line for a role="status") while `work` runs, and turns a failure
 * into the message `explain` gives; `explain` returns null for a failure that needs no word
 * (a backup stopped because the journal locked), and may load what it needs first. `work` is
 * handed `nowDoing(label)` for a further step. `busy` is '' while nothing runs.
 */
export function useAsyncAction(explain: Explain) {
  const [busy, setBusy] = useState('');
  const [problem, setProblem] = useState('');
  const run = async (
    label: string,
    work: (nowDoing: (label: string) => void) => Promise<void>,
  ): Promise<void> => {
    setProblem('');
    setBusy(label);
    try {
      await work(setBusy);
    } catch (error) {
      const message = await explain(error);
      if (message !== null) setProblem(message);
    } finally {
      setBusy('');
    }
  };
  return { busy, problem, setProblem, run };
}
