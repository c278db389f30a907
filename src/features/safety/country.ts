/** The country Resources start from: the person's choice (sealed in settings), else the browser's. */
import { updateSettings } from '../../state/updateSettings';
import { useKeel } from '../../state/store';
import { startingCountry } from './region';

function browserLanguages(): readonly string[] {
  const nav: Partial<Navigator> = typeof navigator === 'undefined' ? {} : navigator;
  return nav.languages?.length ? nav.languages : nav.language ? [nav.language] : [];
}

export function useChosenCountry(): string {
  const chosen = useKeel((s) => s.settings.country);
  return chosen ?? startingCountry(browserLanguages());
}

export function chooseCountry(code: string): Promise<void> {
  return updateSettings({ country: code });
}
