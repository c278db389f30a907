/** Spanish words of features/patterns (see es.ts for the voice). */
import type { Part } from './en';
import type patternsEn from './patterns.en';

const patternsEs: Part<typeof patternsEn> = {
  'patterns.heading': 'Patrones',
  'patterns.empty':
    'Cuando hayas escrito algunas entradas, aquí aparecerá lo que muestran con el tiempo.',
  'patterns.dayCount': { one: '{count} día', other: '{count} días' },

  'patterns.part.cycle': 'El ciclo',
  'patterns.part.mood': 'El ánimo con el tiempo',
  'patterns.part.calendar': 'Calendario',
  'patterns.part.feelings': 'Sentimientos',
  'patterns.part.follows': 'Qué viene después de qué',

  'patterns.summary.heading': 'En resumen',
  'patterns.summary.hint':
    'Tus propias notas, contadas: información, nunca una racha ni una puntuación. Lo que significan lo decides tú.',
  'patterns.summary.parts': 'Partes de Patrones',

  'patterns.cycle.none':
    'No has anotado ningún daño ni incidente. Si algún día lo haces, esta parte mostrará lo que vino después.',
  'patterns.cycle.onceFollowed': {
    one: 'La única vez que anotaste un daño, hubo una disculpa, un regalo o una promesa en un plazo de {count} día.',
    other:
      'La única vez que anotaste un daño, hubo una disculpa, un regalo o una promesa en un plazo de {count} días.',
  },
  'patterns.cycle.onceNotFollowed': {
    one: 'La única vez que anotaste un daño, no anotaste ninguna disculpa, regalo ni promesa en un plazo de {count} día.',
    other:
      'La única vez que anotaste un daño, no anotaste ninguna disculpa, regalo ni promesa en un plazo de {count} días.',
  },
  'patterns.cycle.followed': {
    one: 'De las {harm} veces que anotaste un daño, en {followed} hubo una disculpa, un regalo o una promesa en un plazo de {count} día.',
    other:
      'De las {harm} veces que anotaste un daño, en {followed} hubo una disculpa, un regalo o una promesa en un plazo de {count} días.',
  },
  'patterns.cycle.noHarmAfterOne':
    'No has anotado ningún daño después de la única disculpa, regalo o promesa que anotaste.',
  'patterns.cycle.noHarmAfterMany':
    'No has anotado ningún daño después de las disculpas, regalos o promesas que anotaste.',
  'patterns.cycle.harmAfterOne':
    'Después de la única disculpa, regalo o promesa que anotaste, volvió a haber daño.',
  'patterns.cycle.harmAfterMany':
    'Después de {followed} de las {apologies} disculpas, regalos o promesas que anotaste, volvió a haber daño.',
  'patterns.cycle.calm': {
    one: 'El tiempo más tranquilo entre una disculpa y el siguiente daño solía durar alrededor de {count} día.',
    other:
      'El tiempo más tranquilo entre una disculpa y el siguiente daño solía durar alrededor de {count} días.',
  },

  'patterns.cycle.laneHarm': 'Daño',
  'patterns.cycle.laneApology': 'Disculpa',
  'patterns.cycle.harm': 'Daño o incidente',
  'patterns.cycle.apology': 'Disculpa, regalo o promesa',
  'patterns.cycle.hint':
    'Un daño, luego una disculpa, un regalo o una promesa, luego un tiempo más tranquilo, y otra vez un daño: mucha gente lo reconoce en sus propias notas. Lo que muestran las tuyas está en el resumen de arriba; aquí lo ves día a día.',
  'patterns.cycle.within': 'Plazo para contar una disculpa',
  'patterns.cycle.showTable': 'Mostrar cada vez en una tabla',
  'patterns.cycle.caption': 'Cada vez que anotaste un daño, y lo que vino después',
  'patterns.cycle.harmNoted': 'Daño anotado',
  'patterns.cycle.harmAgain': 'Nuevo daño',
  'patterns.cycle.noneWithin': { one: 'Ninguna en {count} día', other: 'Ninguna en {count} días' },
  'patterns.cycle.notSince': 'No anotado desde entonces',

  'patterns.contact.noneHeld': {
    one: 'Anotaste {count} día sin contacto.',
    other: 'Anotaste {count} días sin contacto.',
  },
  'patterns.contact.today': 'Hoy anotaste contacto. Escribirlo mantiene completo tu registro.',
  'patterns.contact.last': {
    one: 'El último contacto que anotaste fue el {date}, hace {count} día.',
    other: 'El último contacto que anotaste fue el {date}, hace {count} días.',
  },
  'patterns.contact.heldSince': {
    one: 'Desde entonces anotaste {count} día sin contacto.',
    other: 'Desde entonces anotaste {count} días sin contacto.',
  },

  'patterns.mood.none': 'Entre el {from} y el {to}, no anotaste tu estado de ánimo.',
  'patterns.mood.summary': {
    one: 'Entre el {from} y el {to}, anotaste tu estado de ánimo {count} día. La media fue de {mean} sobre 5, desde {lowest} en el día más difícil hasta {highest} en el más fácil.',
    other:
      'Entre el {from} y el {to}, anotaste tu estado de ánimo {count} días. La media fue de {mean} sobre 5, desde {lowest} en el día más difícil hasta {highest} en el más fácil.',
  },
  'patterns.mood.range.30d': '30 días',
  'patterns.mood.range.90d': '90 días',
  'patterns.mood.range.1y': 'Un año',
  'patterns.mood.range.all': 'Todo',
  'patterns.mood.span': 'Intervalo de tiempo',
  'patterns.mood.thatDay': 'Ánimo de ese día',
  'patterns.mood.average': 'Media de siete días',
  'patterns.mood.showTable': 'Mostrar los estados de ánimo en una tabla',
  'patterns.mood.caption': 'Estado de ánimo por día, con la media de siete días',
  'patterns.mood.day': 'Día',
  'patterns.mood.mood': 'Ánimo',

  'patterns.calendar.month': 'Mes',
  'patterns.calendar.year': 'Año',
  'patterns.calendar.previousMonth': 'Mes anterior',
  'patterns.calendar.previousYear': 'Año anterior',
  'patterns.calendar.nextMonth': 'Mes siguiente',
  'patterns.calendar.nextYear': 'Año siguiente',
  'patterns.calendar.legend':
    'Los colores van del morado más oscuro (muy difícil) al verde (bueno). Marcas: ◆ daño o incidente, ● disculpa, regalo o promesa, ○ contacto, □ sin contacto, · otro hecho.',
  'patterns.calendar.nothingIn': 'No escribiste nada en {month}.',
  'patterns.calendar.wrote': {
    one: 'En {month} escribiste {count} día.',
    other: 'En {month} escribiste {count} días.',
  },
  'patterns.calendar.wroteMood': {
    one: 'En {month} escribiste {count} día; el ánimo medio fue {mean}.',
    other: 'En {month} escribiste {count} días; el ánimo medio fue {mean}.',
  },
  'patterns.calendar.entries': { one: '{count} entrada', other: '{count} entradas' },
  'patterns.calendar.mood': 'ánimo {mood} ({label})',
  'patterns.calendar.entriesOn': 'Entradas del {date}',
  'patterns.calendar.entryMood': ' · ánimo {mood}',
  'patterns.calendar.noWords': 'Sin palabras, solo las marcas.',
  'patterns.calendar.nothingInYear': 'No escribiste nada en {year}.',
  'patterns.calendar.nothingBefore': 'En {year} no escribiste nada antes de {month}.',
  'patterns.calendar.nothingAfter': 'En {year} no escribiste nada después de {month}.',
  'patterns.calendar.yearNothing': 'nada escrito',
  'patterns.calendar.yearDays': { one: '{count} día escrito', other: '{count} días escritos' },
  'patterns.calendar.yearMood': 'ánimo medio {mean}',
  'patterns.calendar.yearEvent': { one: '{name} en {count} día', other: '{name} en {count} días' },

  'patterns.feelings.period': 'Periodo',
  'patterns.feelings.last': 'Últimos {count} días',
  'patterns.feelings.before': 'Los {count} días anteriores',
  'patterns.feelings.none':
    'No anotaste ningún sentimiento en los últimos {count} días ni en los {count} anteriores.',
  'patterns.feelings.wrote': {
    one: 'En los últimos {days} días escribiste {count} entrada; en los {days} días anteriores, {previous}.',
    other:
      'En los últimos {days} días escribiste {count} entradas; en los {days} días anteriores, {previous}.',
  },
  'patterns.feelings.top': {
    one: 'El sentimiento que más anotaste últimamente fue {name} ({count} vez).',
    other: 'El sentimiento que más anotaste últimamente fue {name} ({count} veces).',
  },
  'patterns.feelings.showTable': 'Mostrar cada sentimiento en una tabla',
  'patterns.feelings.caption': 'Entradas en las que aparece cada sentimiento',
  'patterns.feelings.feeling': 'Sentimiento',
  'patterns.feelings.together': 'Sentimientos que aparecen juntos',
  'patterns.feelings.noPairs':
    'En los últimos {count} días no anotaste dos sentimientos en la misma entrada.',
  'patterns.feelings.pairOnce': 'Anotaste {a} y {b} en la misma entrada una vez.',
  'patterns.feelings.pairTwice': 'Anotaste {a} y {b} en la misma entrada dos veces.',
  'patterns.feelings.pairTimes': 'Anotaste {a} y {b} en la misma entrada {count} veces.',

  'patterns.follows.event': 'Hecho',
  'patterns.follows.daysAfter': 'Días después',
  'patterns.follows.nextDay': 'El día siguiente',
  'patterns.follows.never': 'Todavía no has anotado “{event}”, así que no hay nada que comparar.',
  'patterns.follows.noted': {
    one: 'Anotaste “{event}” {count} día.',
    other: 'Anotaste “{event}” {count} días.',
  },
  'patterns.follows.afterNoMood': {
    one: 'Cada vez, el día siguiente no anotaste tu estado de ánimo.',
    other: 'Cada vez, en los {count} días siguientes no anotaste tu estado de ánimo.',
  },
  'patterns.follows.after': {
    one: 'Cada vez, el día siguiente tu ánimo fue de {mean} sobre 5 de media ({noted}).',
    other:
      'Cada vez, en los {count} días siguientes tu ánimo fue de {mean} sobre 5 de media ({noted}).',
  },
  'patterns.follows.notedOnThose': {
    one: 'lo anotaste en uno de esos días',
    other: 'lo anotaste en {count} de esos días',
  },
  'patterns.follows.otherNoMood':
    'En los demás días en que escribiste, no anotaste tu estado de ánimo.',
  'patterns.follows.other': 'En los demás días, tu ánimo fue de {mean} sobre 5 de media ({noted}).',
  'patterns.follows.notedOnThem': {
    one: 'lo anotaste en uno de ellos',
    other: 'lo anotaste en {count} de ellos',
  },
  'patterns.follows.liftAfterHarm':
    'Tu ánimo fue más alto en los días después de un daño que en los demás días. Le pasa a mucha gente: después de un daño suele llegar una disculpa o una temporada más tranquila, y el alivio puede hacer sentir que las cosas van a mejor. A menudo es parte de un ciclo: la disculpa o la calma que llega antes del siguiente daño.',
  'patterns.follows.seeCycle': 'Ver El ciclo',
  'patterns.follows.showTable': 'Mostrar en una tabla los sentimientos de después',
  'patterns.follows.caption':
    'Entradas en las que aparece cada sentimiento, después de “{event}” y en los demás días',
  'patterns.follows.otherDays': 'Otros días',
  'patterns.follows.share': '{count} de {total}',

  'patterns.story.offNew': 'Keel no mostrará entradas anteriores. Puedes cambiarlo en Ajustes.',
  'patterns.story.off': 'La historia completa está desactivada. Puedes activarla en Ajustes.',
  'patterns.story.notSaved':
    'Ahora mismo no se ha podido guardar tu respuesta. Puedes volver a intentarlo.',
  'patterns.story.askHeading': 'Tus entradas anteriores, si quieres verlas',
  'patterns.story.ask':
    'Cuando una entrada habla de añoranza, de ganas de volver o de contactar, Keel puede mostrar a su lado algunas de tus propias entradas de días más difíciles. ¿Quieres verlas?',
  'patterns.story.askHint':
    'Se quedan en este dispositivo. Elijas lo que elijas, Keel no volverá a preguntarte, y puedes cambiarlo cuando quieras en Ajustes.',
  'patterns.story.yes': 'Sí, muéstramelas',
  'patterns.story.no': 'No, gracias',
  'patterns.story.heading': 'La historia completa',
  'patterns.story.intro':
    'Elegiste verlas junto a entradas como esta. Esto es lo que escribiste algunos días más difíciles.',
  'patterns.story.mood': ' · ánimo {mood} ({label})',
  'patterns.story.read': 'Leer la entrada del {date}',
  'patterns.story.allowed': 'Sientas lo que sientas hoy, está bien. Son solo tus propias palabras.',
  'patterns.story.hide': 'Ocultar por ahora',
  'patterns.story.stop': 'Dejar de mostrar esto',
  'patterns.story.setting': 'Tener presente la historia completa',
  'patterns.story.settingNotSaved':
    'Ahora mismo no se ha podido guardar este ajuste. Puedes volver a intentarlo.',
  'patterns.story.settingHint':
    'Cuando una entrada habla de añoranza, de ganas de volver o de contactar, Keel puede mostrar algunas cosas que escribiste en días más difíciles, con sus fechas.',
  'patterns.story.settingNotChosen':
    'Todavía no lo has elegido, así que Keel te preguntará la primera vez que haga falta. Marcar esta casilla es tu sí: a partir de entonces se mostrarán sin preguntar.',
};

export default patternsEs;
