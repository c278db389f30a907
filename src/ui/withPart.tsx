import type { ReactNode } from 'react';

/** Stands in a message for the one part a view draws as an element of its own. */
export const PART = '\u2063';

/**
 * A message with one part drawn as an element (<strong>, <q>): the catalogue orders the words
 * as its language does, the view styles the part. Fill the part's {name} with PART.
 */
export function withPart(message: string, part: ReactNode): ReactNode {
  const at = message.indexOf(PART);
  if (at < 0) return message;
  return (
    <>
      {message.slice(0, at)}
      {part}
      {message.slice(at + PART.length)}
    </>
  );
}
