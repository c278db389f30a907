/** The kind words for why a photo or voice note was not added, in the language shown. */
import type { Locale } from '../../../lib/i18n/locales';
import { megabytes, type Refusal } from '../../../lib/mediaLimits';
import { MediaSpaceError } from '../../../storage/attachmentRepo';
import type { Translate } from '../../../ui/i18n/i18n';
import type { MessageKey } from '../../../ui/i18n/messages/en';
import { MediaRefusedError } from './add';

/** "25 MB" as the language writes the number. */
export function sizeText(t: Translate, locale: Locale, bytes: number): string {
  const size = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(megabytes(bytes));
  return t('media.megabytes', { size });
}

export function refusalText(t: Translate, locale: Locale, refusal: Refusal): string {
  switch (refusal.reason) {
    case 'notPicture':
      return t('media.notPicture');
    case 'tooMany':
      return t('media.tooMany', { limit: refusal.limit });
    case 'photoTooBig':
      return t('media.photoTooBig', {
        size: sizeText(t, locale, refusal.size),
        limit: sizeText(t, locale, refusal.limit),
      });
    case 'voiceTooBig':
      return t('media.voiceTooBig', { limit: sizeText(t, locale, refusal.limit) });
    case 'empty':
      return t('media.empty');
  }
}

/** What to say when adding failed: the reason when known, else `otherwise`. */
export function addProblemText(
  t: Translate,
  locale: Locale,
  error: unknown,
  otherwise: MessageKey,
): string {
  if (error instanceof MediaRefusedError) return refusalText(t, locale, error.refusal);
  if (error instanceof MediaSpaceError) return t('media.noSpace');
  return t(otherwise);
}
