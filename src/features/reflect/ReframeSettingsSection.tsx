import { lazy, Suspense } from 'react';

// Loaded with Settings rather than with the first screen: the first screen stays small.
const ReframeSettings = lazy(() =>
  import('./ReframeSettings').then((module) => ({ default: module.ReframeSettings })),
);

/** The gentle-notes switch for the Settings view. */
export function ReframeSettingsSection() {
  return (
    <Suspense fallback={null}>
      <ReframeSettings />
    </Suspense>
  );
}
