// Draws Keel's icons from one SVG mark and renders the PNG sizes browsers ask for, in the
// local headless Chromium (playwright-core; nothing is downloaded). Run after changing the
// mark: `node scripts/make-icons.mjs`. The PNGs are committed; the build does not run this.
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SEA = '#2f5d62'; // --accent in src/app/app.css
const SAND = '#f6f5f1'; // --bg
const FOAM = '#7fc4bc'; // --accent in dark mode

/** The mark on a 512 square: a hull riding level on its keel, and a quiet moon. */
function mark() {
  return [
    `<circle cx="256" cy="184" r="40" fill="${FOAM}"/>`,
    `<path d="M92 262 H420 Q396 334 256 342 Q116 334 92 262 Z" fill="${SAND}"/>`,
    `<path d="M242 338 H270 L263 392 Q256 400 249 392 Z" fill="${SAND}"/>`,
  ].join('');
}

/** `rounded`: a rounded tile with see-through corners; else full-bleed (maskable, Apple). */
export function iconSvg({ rounded, scale = 1 }) {
  const tile = rounded
    ? `<rect width="512" height="512" rx="112" fill="${SEA}"/>`
    : `<rect width="512" height="512" fill="${SEA}"/>`;
  const inner =
    scale === 1
      ? mark()
      : `<g transform="translate(256 272) scale(${scale}) translate(-256 -272)">${mark()}</g>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">${tile}${inner}</svg>`;
}

const PNGS = [
  { file: 'icon-192.png', size: 192, rounded: true },
  { file: 'icon-512.png', size: 512, rounded: true },
  // Maskable: the mark shrinks into the safe zone (a circle of 80% of the width).
  { file: 'icon-maskable-512.png', size: 512, rounded: false, scale: 0.78 },
  { file: 'apple-touch-icon.png', size: 180, rounded: false, scale: 0.86 },
  { file: 'icon-32.png', size: 32, rounded: true },
];

async function main() {
  writeFileSync('public/favicon.svg', `${iconSvg({ rounded: true })}\n`);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    for (const icon of PNGS) {
      const page = await browser.newPage({
        viewport: { width: icon.size, height: icon.size },
        deviceScaleFactor: 1,
      });
      const svg = iconSvg(icon).replace(
        '<svg ',
        `<svg width="${icon.size}" height="${icon.size}" `,
      );
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`,
      );
      await page.screenshot({ path: `public/${icon.file}`, omitBackground: true });
      await page.close();
      console.log(`public/${icon.file} (${icon.size}×${icon.size})`);
    }
  } finally {
    await browser.close();
  }
}

await main();
