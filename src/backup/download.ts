/** Saves a Blob as a file through a download link: nothing leaves the device. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start reading the Blob before its URL is let go.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A plain file name with the local date, e.g. backup-2026-11-22.keel. */
export function datedName(stem: string, extension: string, now = Date.now()): string {
  const d = new Date(now);
  return `${stem}-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.${extension}`;
}
