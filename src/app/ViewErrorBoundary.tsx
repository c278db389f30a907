import { Component, type ReactNode } from 'react';
import { flushDraftSave } from '../features/journal/autosave';
import { useT } from '../ui/i18n/i18n';

interface Props {
  /** Changing it (moving to another view) tries again. */
  resetKey: string;
  /** Offers "Back to the journal" when given (not around the lock screen). */
  onBack?: () => void;
  children: ReactNode;
}

interface State {
  failed: boolean;
}

/** Reloads after the last typed words are written. */
export async function reloadKeepingDraft(reload = () => window.location.reload()): Promise<void> {
  await flushDraftSave().catch(() => undefined);
  reload();
}

/**
 * Catches a view that fails to load or draw (most often a part of the app that an update
 * in another tab replaced), so the page never goes blank: the header, with Quick exit,
 * stays, and the person can go back to the journal or reload. Nothing saved is touched.
 * App also wraps the whole body in one, for the lazily loaded lock screen and first-run
 * offer: their failure would otherwise unmount everything, Quick exit's keys with it.
 */
export class ViewErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error(error);
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) {
      this.setState({ failed: false });
    }
  }

  private back = () => {
    this.setState({ failed: false });
    this.props.onBack?.();
  };

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return <ViewFailed onBack={this.props.onBack && this.back} />;
  }
}

function ViewFailed({ onBack }: { onBack: (() => void) | undefined }) {
  const { t } = useT('first');
  return (
    <div className="center" role="alert">
      <p>{t('viewError.text')}</p>
      <p>
        <button type="button" className="primary" onClick={() => void reloadKeepingDraft()}>
          {t('shell.reload')}
        </button>
        {onBack && (
          <>
            {' '}
            <button type="button" onClick={onBack}>
              {t('viewError.back')}
            </button>
          </>
        )}
      </p>
    </div>
  );
}
