/** Kind, plain words for things that went wrong. Never blame the person. */
import { TooLongError } from '../storage/limits';
import { isQuotaError } from '../storage/writes';

export function saveFailedMessage(error: unknown): string {
  if (error instanceof TooLongError) return error.message;
  if (isQuotaError(error)) {
    return 'This device is out of space, so this could not be saved yet. Your words are still here. Freeing some space and pressing Save again will keep them.';
  }
  return 'This could not be saved just now. Your words are still here, and Save will try again.';
}

export function draftFailedMessage(error: unknown): string {
  if (error instanceof TooLongError) return error.message;
  if (isQuotaError(error)) {
    return 'This device is out of space, so the draft is not being kept right now. What you typed is still on screen.';
  }
  return 'The draft could not be kept just now. What you typed is still on screen.';
}
