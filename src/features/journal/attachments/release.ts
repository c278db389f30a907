/**
 * What lock and quick exit call to let go of media at once: revoke every object URL and
 * stop any recording. Tiny on purpose: the first screen imports it, and the attachment code
 * (loaded only when first needed) registers what it holds here.
 */
const releases = new Set<() => void>();

export function onReleaseMedia(release: () => void): () => void {
  releases.add(release);
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
