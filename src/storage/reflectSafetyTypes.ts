/**
 * The shapes of the reflect and safety records (schema version 2). Like entries, these
 * are encrypted whole; see storage/reflectSafetyCodec.ts for their decoders.
 */

/** How often a sign feels true: not at all (0), sometimes (1), often (2). */
export type SignRating = 0 | 1 | 2;

/** One dated self-check: a rating for each sign the person answered. */
export interface SelfCheck {
  id: string;
  createdAt: number;
  /** When it was last saved (ms). Absent on check-ins stored before Keel kept it. */
  updatedAt?: number;
  /** Sign id (see features/reflect/signs.ts) to rating. Unanswered signs are left out. */
  answers: Record<string, SignRating>;
}

export interface SafePerson {
  id: string;
  name: string;
  /** How to reach them: a number, an address, a way that is safe. */
  reach: string;
  /** What they know about the situation. */
  knows: string;
}

/** The one safety plan. Checklist fields hold the ids of the items ticked (see features/safety/plan.ts). */
export interface SafetyPlan {
  id: string;
  createdAt: number;
  updatedAt: number;
  people: SafePerson[];
  places: string;
  take: string[];
  takeNotes: string;
  codeWord: string;
  codeWordMeaning: string;
  leaving: string;
  after: string[];
  afterNotes: string;
}

/** A number or service to reach for help. Built-in ones keep their id when edited or removed. */
export interface Resource {
  id: string;
  createdAt: number;
  updatedAt: number;
  country: string;
  name: string;
  /** A number to call, as written (empty for none). */
  call: string;
  /** A number to text, as written (empty for none). */
  text: string;
  /** What to put in the text message, if the service asks for a word. */
  textBody: string;
  note: string;
  order: number;
  /** True for the starting list that Keel offers. */
  builtin: boolean;
  /** A removed built-in stays as a marker so it is not offered again. */
  removed: boolean;
}
