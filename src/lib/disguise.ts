/**
 * The tab's title and icon. A few neutral choices, each with a matching icon drawn
 * here as SVG. The choice is mirrored (as a plain preset name, never anything written
 * in the journal) to localStorage so the lock screen and the first frame wear it too.
 */

export interface Disguise {
  title: string;
  /** SVG drawing inside a 32x32 box. */
  svg: string;
}

const svg = (body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${body}</svg>`;

export const DISGUISES: readonly Disguise[] = [
  {
    title: 'Keel',
    svg: svg(
      '<rect width="32" height="32" rx="7" fill="#2f5d62"/><path d="M7 12h18l-4 10H11z" fill="#fff"/>',
    ),
  },
  {
    title: 'Notes',
    svg: svg(
      '<rect x="5" y="3" width="22" height="26" rx="3" fill="#f5c542"/><path d="M9 11h14M9 16h14M9 21h9" stroke="#5a4500" stroke-width="2"/>',
    ),
  },
  {
    title: 'Calendar',
    svg: svg(
      '<rect x="4" y="6" width="24" height="22" rx="3" fill="#fff" stroke="#c0392b" stroke-width="2"/><rect x="4" y="6" width="24" height="7" fill="#c0392b"/><path d="M10 3v6M22 3v6" stroke="#333" stroke-width="2"/><path d="M9 18h4M15 18h4M21 18h2M9 23h4M15 23h4" stroke="#333" stroke-width="2"/>',
    ),
  },
  {
    title: 'Weather',
    svg: svg(
      '<circle cx="12" cy="12" r="6" fill="#f6b01e"/><path d="M9 26h15a5 5 0 0 0 0-10 7 7 0 0 0-13 2 4 4 0 0 0-2 8z" fill="#9fb3c8"/>',
    ),
  },
  {
    title: 'Recipes',
    svg: svg(
      '<path d="M6 14h20a10 10 0 0 1-20 0z" fill="#8d6e63"/><path d="M12 5c-2 2 2 4 0 6M17 5c-2 2 2 4 0 6M22 5c-2 2 2 4 0 6" stroke="#999" stroke-width="2" fill="none"/>',
    ),
  },
];

const STORAGE_KEY = 'keel.tab';

/** A blank page: the icon for a title that is not one of the presets (never Keel's own). */
const PLAIN_PAGE = svg(
  '<rect x="6" y="3" width="20" height="26" rx="2" fill="#f2f2f2" stroke="#9e9e9e" stroke-width="2"/>',
);

/** The disguise for a title; an unknown title gets a plain page icon, not the app's. */
export function disguiseFor(title: string): Disguise {
  const found = DISGUISES.find((d) => d.title === title);
  if (found) return found;
  const trimmed = title.trim();
  if (!trimmed) return disguiseFor('Keel');
  return { title: trimmed, svg: PLAIN_PAGE };
}

export function iconUrl(disguise: Disguise): string {
  return `data:image/svg+xml,${encodeURIComponent(disguise.svg)}`;
}

/** Whether this is a disguise at all (Keel's own title is none). */
export function isDisguised(disguise: Disguise): boolean {
  return disguise.title !== 'Keel';
}

/**
 * A plain lower-case word for a disguise, for file and manifest names: the preset's name
 * ("notes"), or "page" for a title of the person's own (never their words in a file name).
 * Empty for Keel itself. public/tab.js maps titles to the same manifest names.
 */
export function disguiseSlug(title: string): string {
  if (title === 'Keel') return '';
  const preset = DISGUISES.find((d) => d.title === title);
  return preset ? preset.title.toLowerCase() : 'page';
}

/** The web app manifest for a disguise: installing while disguised installs under its name. */
export function manifestFor(title: string): string {
  const slug = disguiseSlug(title);
  return slug ? `/manifest-${slug}.webmanifest` : '/manifest.webmanifest';
}

/** Sets the tab title and icon, the manifest, and whether the page shows Keel's name. */
export function wearDisguise(disguise: Disguise): void {
  document.title = disguise.title;
  document.documentElement.classList.toggle('disguised', isDisguised(disguise));
  document.querySelector('link[rel="manifest"]')?.setAttribute('href', manifestFor(disguise.title));
  // One tab icon only: any other (the app's PNG) would show through the disguise.
  const [first, ...others] = document.querySelectorAll<HTMLLinkElement>('link[rel="icon"]');
  for (const other of others) other.remove();
  let link = first;
  if (!link) {
    link = document.createElement('link');
    link.rel = 'icon';
    document.head.append(link);
  }
  link.type = 'image/svg+xml';
  link.href = iconUrl(disguise);
}

export function rememberDisguise(title: string): void {
  try {
    if (title === 'Keel') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, title);
  } catch {
    // Storage may be off (some private windows); the title still changes while open.
  }
}

export function rememberedDisguise(): Disguise {
  try {
    return disguiseFor(localStorage.getItem(STORAGE_KEY) ?? 'Keel');
  } catch {
    return disguiseFor('Keel');
  }
}

export function forgetDisguise(): void {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing to forget.
  }
}

/** What a locked or closed screen calls itself: "Keel", or the disguise's title. */
export function pageName(): string {
  return rememberedDisguise().title;
}
