// Turns raw samples into the benchmark's table: median, spread, budget from docs/design.md.

/**
 * Budgets from docs/design.md. `upTo`: the budget is stated for 10,000 entries; a smaller
 * journal must meet it too, a larger one only has to keep working. `from`: stated only for
 * journals this large. LARGE_BUDGETS: what 100,000 entries must meet.
 */
export const BUDGETS = {
  jsFirstGzip: { max: 120, text: '≤ 120 KB' },
  offlineFirstScreen: { max: 300, upTo: 10_000, text: '≤ 300 ms' },
  offlineWarmFirstScreen: { max: 200, upTo: 1000, text: '≤ 200 ms' },
  slowFcp: { max: 1200, text: '≤ 1.2 s' },
  slowLcp: { max: 1500, text: '≤ 1.5 s' },
  slowTbt: { max: 50, text: '≤ 50 ms' },
  slowCls: { max: 0, scale: 0.1, text: '0' },
  unlock: { max: 600, upTo: 10_000, text: '≤ 0.6 s (incl. Argon2id)' },
  unlockPassphrase: { max: 600, upTo: 10_000, text: '≤ 0.6 s (incl. Argon2id)' },
  search: { max: 20, upTo: 10_000, text: '≤ 20 ms' },
  patterns: { max: 100, upTo: 10_000, text: '≤ 100 ms' },
  heap: { max: 80, from: 100_000, text: '≤ 80 MB' },
  saveDraft: { max: 1000, text: '≤ 1 s (incl. debounce)' },
  typingLongTask: { max: 0, scale: 50, text: 'no long task (≥ 50 ms)' },
  typingFrameGap: { max: 25, text: 'no dropped frame (gap < 25 ms)' },
  mediaScrollLongTask: { max: 0, scale: 50, text: 'no long task (≥ 50 ms)' },
  quickExit: { max: 16, text: '≤ 16 ms (one frame)' },
  export: { max: 2000, upTo: 10_000, text: '≤ 2 s' },
  import: { max: 2000, upTo: 10_000, text: '≤ 2 s' },
};

/** The budgets of docs/design.md for 100,000 entries (and more), where they differ. */
export const LARGE = 100_000;
export const LARGE_BUDGETS = {
  unlock: { max: 2000, text: '≤ 2 s all searchable (newest on screen ≤ 1 s)' },
  unlockPassphrase: { max: 2000, text: '≤ 2 s all searchable (newest on screen ≤ 1 s)' },
  search: { max: 50, text: '≤ 50 ms' },
  patterns: { max: 200, text: '≤ 200 ms' },
  export: { max: 5000, text: '≤ 5 s' },
  import: { max: 5000, text: '≤ 5 s' },
};

/** The budget a measure has at a size, or null. */
export function budgetFor(id, size) {
  if (size >= LARGE && LARGE_BUDGETS[id]) return LARGE_BUDGETS[id];
  const budget = BUDGETS[id];
  if (!budget) return null;
  if (budget.upTo !== undefined && size > budget.upTo) return null;
  if (budget.from !== undefined && !(size >= budget.from)) return null;
  return budget;
}

/** Measures with a "method floor" row: what the method and the machine add on their own. */
export const FLOORS = {
  typingFrameGap: 'typingFrameGapBaseline',
  quickExit: 'quickExitBaseline',
};

/** What each measure is, in the order the table lists them. */
export const MEASURES = [
  ['jsFirstGzip', 'JS before the first screen, gzip', 'KB'],
  ['jsFirstRaw', 'JS before the first screen, raw', 'KB'],
  ['cssFirstGzip', 'CSS before the first screen, gzip', 'KB'],
  ['cssFirstRaw', 'CSS before the first screen, raw', 'KB'],
  ['jsTotalGzip', 'JS in the whole build, gzip', 'KB'],
  ['jsTotalRaw', 'JS in the whole build, raw', 'KB'],
  ['cssTotalGzip', 'CSS in the whole build, gzip', 'KB'],
  ['cssTotalRaw', 'CSS in the whole build, raw', 'KB'],
  ['onlineFirstScreen', 'Open online to interactive first screen', 'ms'],
  ['onlineDomReady', '… of which: page and scripts loaded (DOMContentLoaded)', 'ms'],
  ['offlineFirstScreen', 'Open offline (service worker) to interactive first screen', 'ms'],
  [
    'offlineWarmFirstScreen',
    'Open offline again, warm (service worker) to interactive first screen',
    'ms',
  ],
  ['slowFcp', 'Slow phone, first visit: first contentful paint', 'ms'],
  ['slowLcp', 'Slow phone, first visit: largest contentful paint', 'ms'],
  ['slowTbt', 'Slow phone, first visit: total blocking time', 'ms'],
  ['slowCls', 'Slow phone, first visit: cumulative layout shift', 'score'],
  ['unlock', 'Unlock and decrypt, no passphrase (navigation to entry count)', 'ms'],
  ['unlockPassphrase', 'Unlock and decrypt with a passphrase (Unlock to entry count)', 'ms'],
  ['search', 'Search: word typed to results count', 'ms'],
  ['patterns', 'Open Patterns, all views computed', 'ms'],
  ['editorOpen', 'New entry to the editor shown', 'ms'],
  ['saveDraft', 'Save: last key to draft committed', 'ms'],
  ['saveEntry', 'Save button to entry committed', 'ms'],
  ['typingLongTask', 'Longest main-thread task while typing (0: none ≥ 50 ms)', 'ms'],
  ['typingFrameGap', 'Longest gap between frames while typing', 'ms'],
  ['typingFrameGapBaseline', 'Longest gap between frames, bare idle page (method floor)', 'ms'],
  ['quickExit', 'Quick exit: press to navigation start', 'ms'],
  ['quickExitBaseline', 'Quick exit method floor: bare page, location.replace only', 'ms'],
  ['export', 'Export backup', 'ms'],
  ['import', 'Import backup', 'ms'],
  ['heap', 'JS heap used, journal unlocked', 'MB'],
  [
    'mediaScrollLongTask',
    'Photos in every entry: longest main-thread task scrolling the list (0: none ≥ 50 ms)',
    'ms',
  ],
  ['mediaScrollFrameGap', 'Photos in every entry: longest gap between frames scrolling', 'ms'],
  ['mediaThumbsAtOpen', 'Photos in every entry: thumbnails decrypted at open', 'count'],
  [
    'mediaThumbsAfterScroll',
    'Photos in every entry: thumbnails decrypted after scrolling (see note)',
    'count',
  ],
];

function median(sorted) {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** One row per measure and size: samples, median, min, max, budget and verdict. */
export function summarise(samples, notes) {
  const rows = [];
  for (const [id, label, unit] of MEASURES) {
    for (const [size, values] of Object.entries(samples[id] ?? {})) {
      const sizeNumber = Number(size);
      // "any" (NaN) takes the budgets stated for every size.
      const budget = budgetFor(id, sizeNumber);
      const applies = budget !== null;
      const note = notes[id]?.[size] ?? null;
      if (values.length === 0) {
        rows.push({
          id,
          label,
          unit,
          size,
          values,
          median: null,
          min: null,
          max: null,
          note,
          budget: applies ? budget.text : null,
          within: null,
        });
        continue;
      }
      const sorted = [...values].sort((a, b) => a - b);
      const mid = median(sorted);
      rows.push({
        id,
        label,
        unit,
        size,
        values,
        median: mid,
        min: sorted[0],
        max: sorted.at(-1),
        budget: applies ? budget.text : null,
        within: applies ? mid <= budget.max : null,
        over: applies ? mid / (budget.scale ?? budget.max) : null,
        note,
      });
    }
  }
  return rows;
}

function figure(value, unit) {
  if (value === null) return '—';
  if (unit === 'KB' || unit === 'MB') return value.toFixed(1);
  if (unit === 'score') return value.toFixed(3);
  return value < 10 ? value.toFixed(1) : String(Math.round(value));
}

const sizeLabel = (size) => (size === 'any' ? 'any' : Number(size).toLocaleString('en-GB'));

export function markdown(rows) {
  const lines = [
    '| measure | size | median | spread (min–max) | budget | within budget |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of rows) {
    const spread =
      row.median === null
        ? '—'
        : `${figure(row.min, row.unit)}–${figure(row.max, row.unit)} ${row.unit}`;
    const median =
      row.median === null
        ? `skipped${row.note ? `: ${row.note}` : ''}`
        : `${figure(row.median, row.unit)} ${row.unit}`;
    const within = row.within === null ? '—' : row.within ? 'yes' : '**no**';
    lines.push(
      `| ${row.label} | ${sizeLabel(row.size)} | ${median} | ${spread} | ${row.budget ?? '—'} | ${within} |`,
    );
  }
  const notes = rows.filter((r) => r.note && r.median !== null);
  if (notes.length) {
    lines.push('', 'Notes:');
    for (const row of notes) lines.push(`- ${row.label} (${sizeLabel(row.size)}): ${row.note}`);
  }
  return lines.join('\n');
}

/**
 * The measures furthest over budget (each at its worst size), worst first. A figure no
 * higher than its method floor says more about the machine than the app: left out.
 */
export function worstOverBudget(rows, count = 3) {
  const floorOf = (id) => rows.find((r) => r.id === FLOORS[id])?.median ?? null;
  const worst = new Map();
  for (const row of rows) {
    if (row.within !== false) continue;
    const floor = floorOf(row.id);
    if (floor !== null && row.median <= floor) continue;
    const seen = worst.get(row.id);
    if (!seen || (row.over ?? 0) > (seen.over ?? 0)) worst.set(row.id, row);
  }
  return [...worst.values()].sort((a, b) => (b.over ?? 0) - (a.over ?? 0)).slice(0, count);
}
