/**
 * The reframe matcher's Spanish rules: self-blame and excusing harm as Spanish speakers
 * say them ("fue mi culpa", "me lo busqué", "no lo hizo a propósito", "me cela porque me
 * quiere"). Same patterns (ids) as the English table, with their own words. Spanish often
 * drops the subject ("no quiso lastimarme"), so rules lean on the verb and object instead.
 * Text is lower-cased and accents are folded (people often type without them).
 * Shaped on tests/unit/reflect/reframeSentencesEs.ts; measured on a held-out set written
 * before these rules (reframeSentencesEsHeldOut.ts) and never tuned on.
 */
import type { ReframePattern } from './reframeTypes';

const rx = (source: string) => new RegExp(source);

const HIM_HER = '(?:lo|la|le)';

export const REFRAME_PATTERNS_ES: readonly ReframePattern[] = [
  {
    id: 'my-fault',
    kind: 'blame',
    name: 'Cargar con la culpa',
    phrase: 'cargar con la culpa',
    about:
      'Cuando alguien nos hace daño, es común buscar qué hicimos mal. A veces se siente más seguro que aceptar que esa persona eligió hacerlo.',
    kinder: 'Lo que hizo fue su decisión. No fue mi culpa.',
    rules: [
      rx(
        `\\b(?:fue|es|era|ha sido|sera|seria|sigue siendo)(?: toda| todo| solo| realmente| siempre)? (?:mi culpa|culpa mia)\\b`,
      ),
      rx(`\\b(?:todo|esto|eso)(?: esto)?(?: paso| pasa| pasó)? por mi culpa\\b`),
      rx(`^(?:todo )?(?:mi culpa|culpa mia)\\b`),
      rx(`\\bla culpa (?:es|fue|era)(?: toda)? mia\\b`),
      rx(`\\b(?:tengo|tuve|tenia)(?: toda)? la culpa\\b`),
      rx(`\\bsoy (?:yo )?(?:el|la) (?:culpable|problema|que lo arruina|que lo estropea)\\b`),
      rx(`\\bme culpo\\b`),
    ],
  },
  {
    id: 'made-them',
    kind: 'blame',
    name: 'Cargar con su enojo',
    phrase: 'cargar con su enojo',
    about:
      'Puede parecer que somos la causa del enojo de otra persona. Lo que alguien hace con lo que siente depende de esa persona.',
    kinder: 'Su enojo es suyo. No soy responsable de cómo me trata.',
    rules: [
      rx(
        `\\b${HIM_HER} (?:hice|hago|hacia) (?:enojar|enfadar|rabiar|explotar|perder los estribos|ponerse (?:asi|celoso|celosa))\\b`,
      ),
      rx(`\\bhice que se (?:enojara|enfadara|enojase|enfadase|pusiera|alterara)\\b`),
      rx(
        `\\b${HIM_HER} (?:provoque|provoco|provocaba|saque de quicio|saco de quicio|altere|puse (?:furioso|furiosa|celoso|celosa|de mal humor))\\b`,
      ),
    ],
  },
  {
    id: 'pushed-them',
    kind: 'blame',
    name: 'Cargar con lo que hizo',
    phrase: 'cargar con lo que hizo',
    about:
      'Sentir que “le llevamos” a hacernos daño es un pensamiento muy común. Nada de lo que alguien diga o haga deja el daño como única salida.',
    kinder: 'Nada de lo que dije o hice hacía que estuviera bien hacerme daño.',
    rules: [
      rx(`\\b${HIM_HER} (?:empuje|lleve|orille) a (?:hacerlo|eso|hacer eso|pegarme|gritarme)\\b`),
      rx(`\\bme lo (?:busque|buscaba|busco|gane|tenia ganado)\\b`),
      rx(
        `\\bsi (?:yo )?no (?:le )?(?:hubiera|hubiese)\\b.*\\bno (?:me )?(?:habria|hubiera|hubiese)\\b`,
      ),
      rx(
        `\\b(?:debi|deberia(?: haber)?|tendria que(?: haber)?|tenia que(?: haber)?) (?:callarme|callar|haberme callado|quedarme callad[ao]|cerrar la boca)\\b`,
      ),
      rx(
        `\\bno (?:debi|deberia haber|tenia que) (?:contestarle|contestar|discutir|provocarl[oa]|decirle nada|decir nada|abrir la boca)\\b`,
      ),
    ],
  },
  {
    id: 'deserved',
    kind: 'blame',
    name: 'Creer que te lo merecías',
    phrase: 'creer que te lo merecías',
    about:
      'Que nos hagan daño una y otra vez puede dejarnos creyendo que nos lo buscamos. Esa idea nace del daño; no es la verdad sobre ti.',
    kinder: 'Nadie merece que le hagan daño. Yo no me lo merecía, ni me lo merezco ahora.',
    rules: [
      rx(`\\bme lo (?:merecia|merezco|mereci|tenia merecido|tengo merecido)\\b`),
      rx(
        `\\b(?:me )?merezco (?:lo que (?:me )?(?:dijo|hizo|paso|pasa|dice|hace)|que me (?:trate|trata|grite|pegue|hable|deje) (?:asi|mal)?|esto|este trato)`,
      ),
      rx(`\\b(?:me )?merecia (?:lo que|que me|eso|esto)\\b`),
    ],
  },
  {
    id: 'didnt-mean-it',
    kind: 'excuse',
    name: 'Justificar lo que te hizo daño',
    phrase: 'justificar lo que te hizo daño',
    about:
      'Después de un daño, solemos buscar una razón para pensar que no fue en serio. Quisiera lo que quisiera, lo que pasó sigue habiendo pasado.',
    kinder: 'Quisiera lo que quisiera, me hizo daño, y eso importa.',
    rules: [
      rx(`\\bno lo hizo (?:a proposito|adrede|queriendo|con (?:mala )?intencion)\\b`),
      rx(
        `\\bno (?:quiso|queria|quiere) (?:hacerme dano|lastimarme|pegarme|herirme|asustarme|decirlo|decir eso|hacerlo)\\b`,
      ),
      rx(`\\bno (?:era|fue|es) su intencion\\b`),
      rx(`\\bno sabia lo que (?:hacia|decia)\\b`),
      rx(
        `\\b(?:fue|era) (?:el alcohol|la bebida|el trago|las drogas|el estres|la rabia|el enojo)\\b`,
      ),
      rx(
        `\\b(?:solo|nada mas|apenas) me (?:empujo|dio una cachetada|dio un empujon|agarro|pego|zarandeo|jalo|apreto)\\b`,
      ),
    ],
  },
  {
    id: 'bad-day',
    kind: 'excuse',
    name: 'Explicar el daño',
    phrase: 'explicar el daño',
    about:
      'Un mal día, la bebida o la presión pueden explicar un humor. No explican el daño, y no te toca a ti cargar con eso.',
    kinder: 'Un mal día puede explicar un humor. No hace que esté bien hacerme daño.',
    rules: [
      rx(
        `\\b(?:solo|nada mas) (?:tuvo|tenia|estaba teniendo) (?:un mal dia|una mala semana|una mala noche|una mala racha)\\b`,
      ),
      rx(
        `\\bestaba (?:muy |tan )?(?:cansad[oa]|borrach[oa]|tomad[oa]|estresad[oa]|de mal humor|nervios[oa])\\b.*\\bpor eso (?:me|lo|la)\\b`,
      ),
      rx(`\\b(?:solo|nada mas) estaba (?:de mal humor|cansad[oa]|borrach[oa]|tomad[oa])\\b`),
    ],
  },
  {
    id: 'because-love',
    kind: 'excuse',
    name: 'Llamar amor al daño',
    phrase: 'llamar amor al daño',
    about:
      'Los celos, el control o el daño pueden explicarse como amor. Se puede sentir amor y que aun así no sea seguro.',
    kinder: 'El amor no debería hacerme daño. Puedo querer un amor que se sienta seguro.',
    rules: [
      rx(
        `\\b(?:lo hace|lo hizo|me cela|me celaba|es celos[oa]|me revisa|me controla|me vigila|me grita|me prohibe|se pone asi)\\b.{0,40}\\bporque me (?:quiere|ama|queria|amaba)\\b`,
      ),
      rx(`\\b(?:lo hace|lo hizo|me cela|me controla) por amor\\b`),
      rx(`\\blos celos son (?:una )?(?:prueba|senal|muestra) de amor\\b`),
    ],
  },
  {
    id: 'it-will-get-better',
    kind: 'excuse',
    name: 'Esperar a que cambie',
    phrase: 'esperar a que cambie',
    about:
      'La esperanza de volver a los buenos momentos es parte de lo que hace fuerte un vínculo así. Lo que sigue pasando importa tanto como lo que se promete.',
    kinder: 'Puedo fiarme de lo que sigue pasando, no solo de lo que espero.',
    rules: [
      rx(
        `(?:^|\\b(?:el|ella|mi (?:pareja|novio|novia|marido|esposo|esposa|ex)) )va a cambiar(?! de)\\b`,
      ),
      rx(`^(?:el |ella )?cambiara\\b`),
      rx(`\\blas cosas van a (?:mejorar|cambiar|volver a ser como antes) cuando\\b`),
      rx(
        `(?:^|\\b(?:solo|nada mas|el|ella) )esta (?:estresad[oa]|pasando por un mal momento|bajo (?:mucha )?presion)\\b`,
      ),
    ],
  },
];

/** Words just before a match that turn it around: a negation, or a belief left behind. */
const NEGATION =
  /\b(?:no|nunca|jamas|ya no|tampoco|antes pensaba|antes creia|pensaba|creia|solia|deje de|mentira|no es verdad|no creo)\b/;
/** What someone else said or thinks, not what the person believes. */
const REPORTED =
  /\b(?:dice|dijo|dicen|decia|repite|repetia|insiste|insistia|cree|creen|piensa|asegura|afirma|grito|me hizo decir) que\b|\bsegun (?:el|ella)\b/;
/** A story about someone else ("el libro habla de alguien que…"). */
const ABOUT_SOMEONE_ELSE = /\b(?:alguien|un hombre|una mujer|un personaje|una persona) que $/;

/** Lower case, accents folded, straight apostrophes, plain spaces. */
export function normaliseEs(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc\u2032`´]/g, "'")
    .replace(/[¡¿"“”]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function leadIn(sentence: string, index: number): string {
  const before = sentence.slice(0, index);
  const cut = Math.max(
    before.lastIndexOf(','),
    before.lastIndexOf(' pero '),
    before.lastIndexOf(' - '),
    before.lastIndexOf('('),
  );
  return cut >= 0 ? before.slice(cut + 1) : before;
}

function turnedAround(sentence: string, index: number): boolean {
  const lead = leadIn(sentence, index);
  return NEGATION.test(lead) || REPORTED.test(lead) || ABOUT_SOMEONE_ELSE.test(lead);
}

/** The first Spanish pattern in one sentence (already lower-cased, any punctuation kept), or null. */
export function firstPatternEs(sentence: string): ReframePattern | null {
  const plain = normaliseEs(sentence).replace(/[.!?;]+$/, '');
  const bounded = plain.length > 2000 ? plain.slice(0, 2000) : plain;
  for (const pattern of REFRAME_PATTERNS_ES) {
    for (const rule of pattern.rules) {
      const found = rule.exec(bounded);
      if (found && !turnedAround(bounded, found.index)) return pattern;
    }
  }
  return null;
}
