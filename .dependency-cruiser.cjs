/**
 * Keel's layers, lowest first: each imports only from itself and the layers below it
 * (docs/design.md, "Layers"). Checked by `npm run layers` and `npm test`.
 */
const LAYERS = [
  ['lib', 'pure helpers: no React, no Dexie'],
  ['crypto', 'AES-GCM sealing, Argon2id, key wrapping, backup sealing: no React, no Dexie'],
  ['storage', 'Dexie schema, codecs, the record registry, repositories'],
  ['state', 'the zustand store, the settings queue, the open journal'],
  ['ui', 'shared components and hooks'],
  ['features', 'journal, patterns, reflect, safety, backup, lock: never one another'],
  ['app', 'composes the features (with src/main.tsx, which starts it)'],
];

/**
 * Imports from one feature into another that remain, each with its reason. Every entry
 * is a debt: keep the list short, and remove an entry when its import goes.
 */
const restore =
  'The lock screen restores a backup when the passphrase is forgotten: it reads the backup format.';
const report = 'The printable report is made from the Patterns analysis.';
const entryAside = 'An entry shows its gentle note (reflect) and the whole story (patterns).';
const reportPhotos = "The printable report shows entries' photos, loaded only when chosen.";
const KNOWN_CROSS_FEATURE = [
  ['lock/ForgottenPassphrase.tsx', 'backup/BackupFileStep.tsx', restore],
  ['lock/ForgottenPassphrase.tsx', 'backup/errors.ts', restore],
  ['lock/ForgottenPassphrase.tsx', 'backup/payload.ts', restore],
  ['lock/restoreLocked.ts', 'backup/backup.ts', restore],
  ['lock/restoreLocked.ts', 'backup/payload.ts', restore],
  ['lock/restoreLocked.ts', 'backup/records.ts', restore],
  ['backup/report.ts', 'patterns/cycle.ts', report],
  ['backup/report.ts', 'patterns/days.ts', report],
  ['backup/report.ts', 'patterns/words.ts', report],
  ['journal/EntryView.tsx', 'reflect/ReframeNote.tsx', entryAside],
  ['journal/EntryView.tsx', 'patterns/lazy.tsx', entryAside],
  ['backup/ReportView.tsx', 'journal/attachments/lazy.tsx', reportPhotos],
].map(([from, to, reason]) => ({
  from: `src/features/${from}`,
  to: `src/features/${to}`,
  reason,
}));

const FEATURES = ['journal', 'patterns', 'reflect', 'safety', 'backup', 'lock'];
const names = LAYERS.map(([name]) => name);
const layerPath = (name) => (name === 'app' ? '^src/(app/|main\\.tsx$)' : `^src/${name}/`);
const escape = (path) => `^${path.replace(/[.]/g, '\\.')}$`;

const upward = names.slice(0, -1).map((name, i) => ({
  name: `${name}-imports-upward`,
  comment: `${name} (${LAYERS[i][1]}) imports only from: ${names.slice(0, i + 1).join(', ')}.`,
  severity: 'error',
  from: { path: layerPath(name) },
  to: { path: names.slice(i + 1).map(layerPath) },
}));

const excepted = [...new Set(KNOWN_CROSS_FEATURE.map(({ from }) => from))];
const crossFeature = [
  ...FEATURES.map((feature) => ({
    name: 'feature-imports-another-feature',
    comment: 'A feature imports only the layers below it, never another feature.',
    severity: 'error',
    from: { path: `^src/features/${feature}/`, pathNot: excepted.map(escape) },
    to: { path: '^src/features/', pathNot: `^src/features/${feature}/` },
  })),
  ...excepted.map((from) => ({
    name: 'feature-imports-another-feature',
    comment: 'Only the imports named in KNOWN_CROSS_FEATURE are allowed here.',
    severity: 'error',
    from: { path: escape(from) },
    to: {
      path: '^src/features/',
      pathNot: [
        `^src/features/${from.split('/')[2]}/`,
        ...KNOWN_CROSS_FEATURE.filter((known) => known.from === from).map(({ to }) => escape(to)),
      ],
    },
  })),
];

module.exports = {
  forbidden: [
    ...upward,
    ...crossFeature,
    {
      name: 'no-cycles',
      comment: 'No module reaches itself through its imports (static or lazy).',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'react-or-dexie-below-storage',
      comment: 'lib and crypto run anywhere: no React, no Dexie.',
      severity: 'error',
      from: { path: ['^src/lib/', '^src/crypto/'] },
      to: { path: '^node_modules/(react|react-dom|dexie)/' },
    },
    {
      name: 'outside-the-layers',
      comment: `Every source file lives in one layer: ${names.join(', ')}.`,
      severity: 'error',
      from: { path: '^src/', pathNot: [...names.map(layerPath), '\\.d\\.ts$'] },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // A type from a higher layer is an upward import too.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.app.json' },
    exclude: { path: '\\.css$' },
  },
};
