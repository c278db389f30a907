/**
 * The chosen exit page, mirrored in localStorage so quick exit from the lock screen (when
 * the encrypted settings are not in memory) still goes where the person chose.
 * It holds only the address of an ordinary web page, never anything written in Keel.
 */
import { DEFAULT_SETTINGS } from '../storage/types';
import { checkExitUrl } from '../lib/exitUrl';

const STORAGE_KEY = 'keel.exit';

export function rememberExitUrl(url: string): void {
  try {
    if (url === DEFAULT_SETTINGS.exitUrl) localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, url);
  } catch {
    // Storage off: the lock screen uses the default exit page.
  }
}

export function rememberedExitUrl(): string {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    const checked = stored === null ? null : checkExitUrl(stored);
    return checked?.ok ? checked.url : DEFAULT_SETTINGS.exitUrl;
  } catch {
    return DEFAULT_SETTINGS.exitUrl;
  }
}
