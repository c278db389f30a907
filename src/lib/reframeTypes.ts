/** The shape of a reframe pattern, shared by the English and Spanish rule tables. */
export type ReframeKind = 'blame' | 'excuse';

export interface ReframePattern {
  id: string;
  kind: ReframeKind;
  /** What the pattern is called, in plain words, speaking to the person ("you"). */
  name: string;
  /**
   * The same, to sit inside the note's sentence "This might be …": lower case, and in
   * the note's own voice ("you", never "I", "me" or "my").
   */
  phrase: string;
  /** One or two sentences about it, never arguing. */
  about: string;
  /** A kinder sentence the person might try instead. */
  kinder: string;
  rules: RegExp[];
}
