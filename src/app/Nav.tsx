import { useKeel, type View } from '../state/store';
import type { FirstKey } from '../ui/i18n/messages/en';
import { useT } from '../ui/i18n/i18n';

const MAIN_VIEWS: { view: View; label: FirstKey }[] = [
  { view: 'journal', label: 'nav.journal' },
  { view: 'patterns', label: 'nav.patterns' },
  { view: 'reflect', label: 'nav.reflect' },
  { view: 'safety', label: 'nav.safety' },
  { view: 'settings', label: 'nav.settings' },
];

/** The main views. Switching replaces state; it never adds a history entry. */
export function Nav() {
  const { t } = useT('first');
  const view = useKeel((s) => s.view);
  const current = view === 'entry' || view === 'editor' ? 'journal' : view;
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul>
        {MAIN_VIEWS.map((item) => (
          <li key={item.view}>
            <button
              type="button"
              aria-current={current === item.view ? 'page' : undefined}
              onClick={() => useKeel.getState().go(item.view)}
            >
              {t(item.label)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
