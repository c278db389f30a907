/**
 * Media is a part of the open session: when the session ends (lock, quick exit, Delete
 * everything, a newer tab) every object URL is revoked and any recording stops. Tiny on
 * purpose: the attachment code (loaded only when first needed) registers what it holds here.
 */
import { currentSession, sessionPart } from '../../../state/session';

const releases = new Set<() => void>();
const MEDIA = sessionPart('media', () => ({ dispose: releaseMedia }));

/** Media is held now: the open session lets go of it when it ends. */
export function holdMedia(): void {
  const session = currentSession();
  if (session && !session.ended) session.part(MEDIA);
}

export function onReleaseMedia(release: () => void): () => void {
  releases.add(release);
  holdMedia();
  return () => releases.delete(release);
}

export function releaseMedia(): void {
  for (const release of releases) {
    try {
      release();
    } catch {
      // Letting go of one thing never stops the rest.
    }
  }
}
