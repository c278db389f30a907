/**
 * A view drawn before its words arrive waits for them and is then drawn whole, with the hooks
 * it calls after useT() (React once broke here: error 467 on some first loads in Chromium).
 */
import { render, screen } from '@testing-library/react';
import { Component, type ReactNode, startTransition, Suspense, useCallback, useState } from 'react';
import { afterAll, describe, expect, it, vi } from 'vitest';
import english from '../../../src/ui/i18n/messages/en';

const REST = '../../../src/ui/i18n/messages/rest.en';

afterAll(() => {
  vi.doUnmock(REST);
  vi.resetModules();
});

class Boundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? <p>could not be opened</p> : this.props.children;
  }
}

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

  it('that cannot be fetched goes to its error boundary once, instead of trying again and again', async () => {
    vi.resetModules();
    let asked = 0;
    vi.doMock(REST, () => {
      asked += 1;
      throw new Error('Failed to fetch dynamically imported module');
    });
    const { useT } = await import('../../../src/ui/i18n/i18n');
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    function Probe() {
      const { t } = useT();
      return <p>{t('shell.reload')}</p>;
    }
    render(
      <Boundary>
        <Suspense fallback={<p>waiting</p>}>
          <Probe />
        </Suspense>
      </Boundary>,
    );
    expect(await screen.findByText('could not be opened')).toBeInTheDocument();
    expect(asked).toBe(1);
    quiet.mockRestore();
  });
});
