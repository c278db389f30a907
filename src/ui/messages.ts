/** Kind, plain words for things that went wrong. Never blame the person. */
import { TooLongError } from '../storage/limits';
import { isQuotaError } from '../storage/writes';
import { type Translate, translateNow } from './i18n/i18n';

/** `t` from useT() where there is one; code outside React gets the language shown. */
export function saveFailedMessage(error: unknown, t: Translate = translateNow): string {
  if (error instanceof TooLongError) return error.message;
  return t(isQuotaError(error) ? 'problem.saveNoSpace' : 'problem.saveFailed');
}

export function draftFailedMessage(error: unknown, t: Translate = translateNow): string {
  if (error instanceof TooLongError) return error.message;
  return t(isQuotaError(error) ? 'problem.draftNoSpace' : 'problem.draftFailed');
}
