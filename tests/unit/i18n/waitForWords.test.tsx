/**
 * A view drawn before its words arrive waits for them and is then drawn whole, with the hooks
 * it calls after useT() (React once broke here: error 467 on some first loads in Chromium).
 */
import { render, screen } from '@testing-library/react';
import { startTransition, Suspense, useCallback, useState } from 'react';
import { afterAll, describe, expect, it, vi } from 'vitest';
import english from '../../../src/ui/i18n/messages/en';

afterAll(() => vi.resetModules());

describe('a view drawn before its words arrive', () => {
  it('waits for them, then draws with every hook after useT() in its place', async () => {
    vi.resetModules(); // a fresh i18n module: no catalogue fetched yet
    const { useT } = await import('../../../src/ui/i18n/i18n');
    const problems: unknown[] = [];
    const report = (event: ErrorEvent) => problems.push(event.error);
    window.addEventListener('error', report);
    const spy = vi.spyOn(console, 'error').mockImplementation((...args) => problems.push(args));

    function Probe() {
      const { t } = useT();
      const [count] = useState(1);
      const say = useCallback(() => t('shell.reload'), [t]);
      return (
        <p>
          {say()} {count}
        </p>
      );
    }
    startTransition(() => {
      render(
        <Suspense fallback={<p>waiting</p>}>
          <Probe />
        </Suspense>,
      );
    });

    expect(await screen.findByText(`${english['shell.reload']} 1`)).toBeInTheDocument();
    window.removeEventListener('error', report);
    spy.mockRestore();
    expect(problems).toEqual([]);
  });
});
