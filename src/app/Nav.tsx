import { useKeel, type View } from '../state/store';

const MAIN_VIEWS: { view: View; label: string }[] = [
  { view: 'journal', label: 'Journal' },
  { view: 'patterns', label: 'Patterns' },
  { view: 'reflect', label: 'Reflect' },
  { view: 'safety', label: 'Safety' },
  { view: 'settings', label: 'Settings' },
];

/** The main views. Switching replaces state; it never adds a history entry. */
export function Nav() {
  const view = useKeel((s) => s.view);
  const current = view === 'entry' || view === 'editor' ? 'journal' : view;
  return (
    <nav className="main-nav" aria-label="Main">
      <ul>
        {MAIN_VIEWS.map((item) => (
          <li key={item.view}>
            <button
              type="button"
              aria-current={current === item.view ? 'page' : undefined}
              onClick={() => useKeel.getState().go(item.view)}
            >
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
