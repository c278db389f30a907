import type { Locale } from '../lib/i18n/locales';
import { rememberedLocale } from '../lib/i18n/remembered';
import type { Tag, TagKind } from './types';

/**
 * The starting feelings and events. Their ids are stable so that Patterns can find
 * "harm", "apology" or "contact" even after the person renames them, and opaque
 * (f01, e01…) because ids are stored in the clear: a row id must say nothing.
 * These ids are part of the stored format; never reuse or renumber them.
 */
export const BUILTIN_TAG_IDS = {
  harm: 'e01',
  apology: 'e02',
  contact: 'e03',
  noContact: 'e04',
  boundary: 'e05',
  reachedOut: 'e06',
  support: 'e07',
  urge: 'e08',
  selfCare: 'e09',
  goodDay: 'e10',
  longing: 'f06',
} as const;

const FEELINGS: [string, string][] = [
  ['fear', 'Fear'],
  ['anxiety', 'Anxiety'],
  ['dread', 'Dread'],
  ['relief', 'Relief'],
  ['hope', 'Hope'],
  ['longing', 'Longing'],
  ['love', 'Love'],
  ['guilt', 'Guilt'],
  ['shame', 'Shame'],
  ['self-blame', 'Self-blame'],
  ['confusion', 'Confusion'],
  ['numbness', 'Numbness'],
  ['sadness', 'Sadness'],
  ['grief', 'Grief'],
  ['loneliness', 'Loneliness'],
  ['anger', 'Anger'],
  ['exhaustion', 'Exhaustion'],
  ['calm', 'Calm'],
  ['safety', 'Feeling safe'],
  ['pride', 'Pride'],
  ['strength', 'Strength'],
];

const EVENTS: [string, string][] = [
  ['harm', 'Harm or incident'],
  ['apology', 'Apology, gift or promise'],
  ['contact', 'Contact with them'],
  ['no-contact', 'No contact held'],
  ['boundary', 'Boundary set or held'],
  ['reached-out', 'Reached out to a safe person'],
  ['support', 'Therapy or support group'],
  ['urge', 'Urge to go back'],
  ['self-care', 'Self-care'],
  ['good-day', 'A good day of my own'],
];

/**
 * Their Spanish names, in the same order. A journal's starting names are written in the
 * language shown when it starts, and are the person's own after that (renamed, kept).
 */
const SPANISH: Record<TagKind, readonly string[]> = {
  feeling: [
    'Miedo',
    'Ansiedad',
    'Temor',
    'Alivio',
    'Esperanza',
    'Añoranza',
    'Amor',
    'Culpa',
    'Vergüenza',
    'Echarme la culpa',
    'Confusión',
    'No sentir nada',
    'Tristeza',
    'Duelo',
    'Soledad',
    'Rabia',
    'Agotamiento',
    'Calma',
    'Sentirme a salvo',
    'Orgullo',
    'Fuerza',
  ],
  event: [
    'Daño o incidente',
    'Disculpa, regalo o promesa',
    'Contacto con esa persona',
    'Sin contacto',
    'Puse o mantuve un límite',
    'Hablé con alguien de confianza',
    'Terapia o grupo de apoyo',
    'Ganas de volver',
    'Autocuidado',
    'Un buen día para mí',
  ],
};

function build(kind: TagKind, list: [string, string][], now: number, locale: Locale): Tag[] {
  const prefix = kind === 'feeling' ? 'f' : 'e';
  return list.map(([, english], order) => ({
    id: `${prefix}${String(order + 1).padStart(2, '0')}`,
    kind,
    name: locale === 'es' ? (SPANISH[kind][order] ?? english) : english,
    hidden: false,
    order,
    createdAt: now,
  }));
}

/** The starting tags, named in `locale` (by default the language Keel speaks now). */
export function defaultTags(now: number, locale: Locale = rememberedLocale()): Tag[] {
  return [...build('feeling', FEELINGS, now, locale), ...build('event', EVENTS, now, locale)];
}
