/** Kind, plain words for things that went wrong. Never blame the person. */
import { isQuotaError, TooLongError } from '../storage/limits';
import { type Translate, translateNow } from './i18n/i18n';
import type { FirstKey } from './i18n/messages/en';

/** `t` from useT() where there is one; code outside React gets the language shown. */
/** A record refused because it could not have been read back: nothing was stored. */
function tooLongMessage(error: TooLongError, t: Translate<FirstKey>): string {
  return error.limit === null
    ? t('problem.tooLongUnknown')
    : t('problem.tooLong', { limit: t('problem.characters', { count: error.limit }) });
}

export function saveFailedMessage(error: unknown, t: Translate<FirstKey> = translateNow): string {
  if (error instanceof TooLongError) return tooLongMessage(error, t);
  return t(isQuotaError(error) ? 'problem.saveNoSpace' : 'problem.saveFailed');
}

export function draftFailedMessage(error: unknown, t: Translate<FirstKey> = translateNow): string {
  if (error instanceof TooLongError) return tooLongMessage(error, t);
  return t(isQuotaError(error) ? 'problem.draftNoSpace' : 'problem.draftFailed');
}
