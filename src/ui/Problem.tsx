import type { ReactNode } from 'react';

/** A problem said kindly, announced at once; nothing at all while there is none. */
export function Problem({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <p role="alert" className="problem">
      {children}
    </p>
  );
}
