/** Spanish words of features/backup (see es.ts for the voice). */
import type { Part } from './en';
import type backupEn from './backup.en';

const backupEs: Part<typeof backupEn> = {
  'backup.heading': 'Copias de seguridad y exportaciones',
  'backup.opening': 'Abriendo las copias de seguridad…',
  'backup.lastNone': 'Todavía no se ha hecho ninguna copia de seguridad desde este dispositivo.',
  'backup.last': 'Última copia de seguridad: {date}.',
  'backup.reportHeading': 'Informe para alguien que te ayuda',
  'backup.reportText':
    'Una página para imprimir o guardar como PDF para tu terapeuta o para alguien que te acompaña: las fechas que elijas, con tus entradas, un registro de incidentes y un breve resumen.',
  'backup.reportOpen': 'Informe para imprimir',

  'backup.problem.too-large':
    'Este archivo es más grande de lo que Keel puede importar (el límite es de 100 MB), así que no se ha abierto. Tu diario no ha cambiado.',
  'backup.problem.empty':
    'Este archivo está vacío, así que no hay nada que importar. Tu diario no ha cambiado.',
  'backup.problem.not-backup':
    'Este archivo no es una copia de seguridad de Keel, así que no se ha importado nada. Tu diario no ha cambiado.',
  'backup.problem.other-app':
    'Parece un archivo de otra aplicación, no una copia de seguridad de Keel, así que no se ha importado nada. Tu diario no ha cambiado.',
  'backup.problem.damaged':
    'Esta copia de seguridad se ha dañado o ha cambiado desde que se hizo, así que no se puede abrir de forma segura. Tu diario no ha cambiado. Puede que una copia anterior sí funcione.',
  'backup.problem.truncated':
    'Parece que esta copia de seguridad está incompleta, quizá por una descarga o una copia que no terminó. Tu diario no ha cambiado. Puede ayudar volver a copiar el archivo.',
  'backup.problem.newer':
    'Esta copia de seguridad se hizo con una versión más reciente de Keel. Si actualizas Keel aquí, podrás importarla. Tu diario no ha cambiado.',
  'backup.problem.passphrase':
    'Esa frase de contraseña no abre esta copia de seguridad. Es la que se escribió al hacer la copia. Tu diario no ha cambiado.',
  'backup.problem.invalid':
    'Algo dentro de esta copia de seguridad no tiene la forma que Keel espera, así que no se ha importado nada. Tu diario no ha cambiado.',
  'backup.problem.csv-columns':
    'A este archivo CSV le faltan columnas que Keel necesita de una exportación de Daylio (una fecha y un estado de ánimo). Tu diario no ha cambiado.',
  'backup.problem.csv-empty':
    'Este archivo CSV no tiene ninguna entrada. Tu diario no ha cambiado.',
  'backup.problem.csv-invalid':
    'Algunas filas de este archivo CSV no se han podido convertir en entradas del diario (puede que una nota sea demasiado larga), así que no se ha importado nada. Tu diario no ha cambiado.',
  'backup.problem.export':
    'Ahora mismo no se ha podido hacer la copia de seguridad. Tu diario no ha cambiado, y volver a intentarlo puede funcionar.',
  'backup.problem.write':
    'Ahora mismo no se ha podido guardar la importación, así que no ha cambiado nada. Si al dispositivo le falta espacio, liberar algo e intentarlo de nuevo ayudará.',

  'export.heading': 'Copia de seguridad cifrada',
  'export.intro':
    'Un solo archivo con todo lo que has escrito y configurado aquí. Queda protegido con una frase de contraseña que eliges ahora. La frase de contraseña de tu diario es una buena opción: así solo tienes que recordar una.',
  'export.passphrase': 'Frase de contraseña de la copia',
  'export.again': 'Repite la frase de contraseña de la copia',
  'export.submit': 'Exportar copia de seguridad',
  'export.tooShort': 'La frase de contraseña de una copia necesita al menos {count} caracteres.',
  'export.notSame': 'Las dos frases de contraseña todavía no coinciden.',
  'export.making': 'Haciendo la copia de seguridad…',
  'export.done':
    'Tu copia de seguridad está lista y cifrada. Guarda el archivo en un lugar al que solo tú puedas llegar, y guarda también la frase de contraseña: sin ella, la copia no se puede abrir.',
  'export.doneDamaged': {
    one: 'Tu copia de seguridad está lista y cifrada ({count} registro dañado no se ha podido incluir). Guarda el archivo en un lugar al que solo tú puedas llegar, y guarda también la frase de contraseña: sin ella, la copia no se puede abrir.',
    other:
      'Tu copia de seguridad está lista y cifrada ({count} registros dañados no se han podido incluir). Guarda el archivo en un lugar al que solo tú puedas llegar, y guarda también la frase de contraseña: sin ella, la copia no se puede abrir.',
  },

  'backupFile.choose': 'Primero elige un archivo de copia de seguridad.',
  'backupFile.file': 'Archivo de copia de seguridad',
  'backupFile.passphrase': 'Frase de contraseña de esta copia',
  'backupFile.import': 'Importar',

  'import.heading': 'Restaurar desde una copia de seguridad',
  'import.checked':
    'Todo lo que hay en el archivo se comprueba antes de escribir nada, así que un archivo dañado o una frase de contraseña equivocada dejan tu diario tal como está.',
  'import.opening': 'Abriendo la copia de seguridad…',
  'import.bringing': 'Incorporando la copia de seguridad…',
  'import.holds': {
    one: 'La copia de seguridad se ha abierto y contiene {count} entrada.',
    other: 'La copia de seguridad se ha abierto y contiene {count} entradas.',
  },
  'import.stayDeleted': {
    one: '{count} de ellas se eliminó después de hacer la copia, y seguirá eliminada.',
    other: '{count} de ellas se eliminaron después de hacer la copia, y seguirán eliminadas.',
  },
  'import.goneHere': {
    one: '{count} entrada de aquí se eliminó donde se hizo la copia; al combinar, también se elimina aquí.',
    other:
      '{count} entradas de aquí se eliminaron donde se hizo la copia; al combinar, también se eliminan aquí.',
  },
  'import.needsChoice': 'Tu diario de aquí ya tiene cosas escritas. ¿Cómo quieres juntar los dos?',
  'import.safetyLegend': 'Ajustes de seguridad de esta copia',
  'import.safetyText':
    'En la copia de seguridad están configurados de otra forma. Se mantienen los de aquí, salvo que elijas otra cosa.',
  'import.safetyLine': '{name}: aquí {here}, en la copia {backup}',
  'import.safety.exitUrl': 'La Salida rápida lleva a',
  'import.safety.tabTitle': 'Título de la pestaña',
  'import.safety.idleLockMinutes': 'Bloquear tras estos minutos sin uso (0 es nunca)',
  'import.safety.lockWhenHidden': 'Bloquear cuando Keel queda oculto',
  'import.yes': 'sí',
  'import.no': 'no',
  'import.takeSafety': 'Usar los ajustes de seguridad de la copia',
  'import.merge': 'Combinar',
  'import.replace': 'Sustituir',
  'import.bringIn': 'Incorporar la copia de seguridad',
  'import.cancel': 'Cancelar',
  'import.mergeHint':
    'Combinar conserva todo lo que hay aquí y añade lo que tiene la copia. Si la misma entrada está en los dos, se queda la edición más reciente, y lo eliminado sigue eliminado. Sustituir deja tu diario exactamente como la copia.',
  'import.replaceText':
    'Sustituir elimina lo que hay ahora en este diario. Antes, guarda una copia de seguridad de él, protegida con la frase de contraseña que acabas de escribir, para no perder nada.',
  'import.savingFirst': 'Guardando una copia de seguridad de este diario…',
  'import.downloadFirst': 'Descargar antes una copia de seguridad de este diario',
  'import.replaceMine': 'Sustituir mi diario',
  'import.offered':
    'La copia de seguridad se ha ofrecido como descarga. Si la descarga se bloqueó o se canceló, el archivo no está: vuelve a descargarlo antes de sustituir.',
  'import.haveFile': 'Veo el archivo de la copia en mis descargas',
  'import.done': {
    one: 'La copia de seguridad ya está dentro. Tu diario tiene {count} entrada.',
    other: 'La copia de seguridad ya está dentro. Tu diario tiene {count} entradas.',
  },

  'readable.heading': 'Copia legible',
  'readable.intro':
    'Una copia de tus entradas que se abre sin Keel, para leerla, imprimirla o guardarla en otro sitio.',
  'readable.open': 'Exportación legible',
  'readable.warning':
    'Estos archivos no están cifrados. Cualquiera que encuentre el archivo puede leer cada palabra. Guárdalo en un lugar al que solo tú puedas llegar, y bórralo cuando ya no lo necesites.',
  'readable.from': 'Exportar desde',
  'readable.to': 'Exportar hasta',
  'readable.emptyDates': 'Deja las fechas vacías para incluir todas las entradas.',
  'readable.kinds': 'Los tipos de archivo',
  'readable.kind.md':
    '{name}: texto sencillo que se lee bien en cualquier sitio, en cualquier aplicación de notas o editor de texto.',
  'readable.kind.json':
    '{name}: las mismas entradas, ordenadas para que las lea otra aplicación o programa, no para leerlas tú.',
  'readable.kind.csv':
    '{name}: una tabla con una fila por entrada, para abrirla en una hoja de cálculo.',
  'readable.asMd': 'Exportar como Markdown',
  'readable.asJson': 'Exportar como JSON',
  'readable.asCsv': 'Exportar como CSV',
  'readable.originals':
    'Incluir los archivos originales (las fotos guardan datos ocultos, como el lugar donde se hicieron)',
  'readable.zip': 'Exportar como zip con fotos y notas de voz',
  'readable.none': 'No hay entradas en esas fechas, así que no se ha creado ningún archivo.',
  'readable.openingFirst': 'Primero se abren tus entradas, para que el archivo las tenga todas…',
  'readable.done': {
    one: 'Se ha guardado un archivo legible con {count} entrada.',
    other: 'Se ha guardado un archivo legible con {count} entradas.',
  },
  'readable.zipDone': {
    one: 'Se ha guardado un zip con {count} entrada y sus fotos y notas de voz.',
    other: 'Se ha guardado un zip con {count} entradas y sus fotos y notas de voz.',
  },
  'readable.md.title': 'Diario',
  'readable.md.written': 'Escrita: {when}',
  'readable.md.mood': 'Estado de ánimo: {mood} ({label})',
  'readable.md.feelings': 'Sentimientos: {names}',
  'readable.md.events': 'Hechos: {names}',
  'readable.md.prompt': 'Pregunta: {prompt}',
  'readable.md.harm': 'Detalles de lo que pasó',
  'readable.csv.happened': 'sucedió',
  'readable.csv.written': 'escrita',
  'readable.csv.mood': 'ánimo',
  'readable.csv.mood_words': 'ánimo_en_palabras',
  'readable.csv.feelings': 'sentimientos',
  'readable.csv.events': 'hechos',
  'readable.csv.prompt': 'pregunta',
  'readable.csv.text': 'texto',
  'readable.csv.harm_place': 'daño_lugar',
  'readable.csv.harm_witnesses': 'daño_testigos',
  'readable.csv.harm_words': 'daño_palabras',
  'readable.csv.harm_injuries': 'daño_lesiones',
  'readable.csv.harm_report': 'daño_denuncia',
  'readable.csv.harm_report_number': 'daño_número_de_denuncia',

  'daylio.heading': 'Traer entradas desde Daylio',
  'daylio.intro':
    'En Daylio, exporta tus entradas como CSV y luego elige ese archivo aquí. Antes de añadir nada, podrás decidir en qué se convierte cada estado de ánimo y cada actividad.',
  'daylio.file': 'Archivo CSV de Daylio',
  'daylio.read': 'Leer el archivo de Daylio',
  'daylio.choose': 'Primero elige un archivo CSV de Daylio.',
  'daylio.working': 'Trabajando…',
  'daylio.found': {
    one: 'Se ha encontrado {count} entrada.',
    other: 'Se han encontrado {count} entradas.',
  },
  'daylio.skippedRows': {
    one: '{count} fila no tiene una fecha o un estado de ánimo que Keel pueda leer, y se dejará fuera.',
    other:
      '{count} filas no tienen una fecha o un estado de ánimo que Keel pueda leer, y se dejarán fuera.',
  },
  'daylio.knownOnly':
    'Ya está en tu diario (el mismo día, hora, estado de ánimo y palabras), así que importarla otra vez no añade nada.',
  'daylio.knownAll':
    'Las {count} ya están en tu diario (el mismo día, hora, estado de ánimo y palabras), así que importarlas otra vez no añade nada.',
  'daylio.knownSome': {
    one: '{count} de ellas ya está en tu diario (el mismo día, hora, estado de ánimo y palabras), y se dejará fuera.',
    other:
      '{count} de ellas ya están en tu diario (el mismo día, hora, estado de ánimo y palabras), y se dejarán fuera.',
  },
  'daylio.moods': 'Estados de ánimo',
  'daylio.moodFor': 'Estado de ánimo para “{name}”',
  'daylio.moodOption': '{mood} ({label})',
  'daylio.activities': 'Actividades',
  'daylio.activityBecomes': 'La actividad “{name}” pasa a ser',
  'daylio.newEvent': 'Un hecho nuevo llamado “{name}”',
  'daylio.newFeeling': 'Un sentimiento nuevo llamado “{name}”',
  'daylio.leaveOut': 'Dejarla fuera',
  'daylio.feelingTag': 'Sentimiento: {name}',
  'daylio.eventTag': 'Hecho: {name}',
  'daylio.import': 'Importar desde Daylio',
  'daylio.cancel': 'Cancelar',
  'daylio.nothingOne':
    'La entrada de este archivo ya está en tu diario, así que no se ha añadido nada.',
  'daylio.nothingAll':
    'Las {count} entradas de este archivo ya están en tu diario, así que no se ha añadido nada.',
  'daylio.added': {
    one: 'Ya tienes en tu diario {count} entrada de Daylio.',
    other: 'Ya tienes en tu diario {count} entradas de Daylio.',
  },
  'daylio.alreadyThere': {
    one: '{count} entrada ya estaba y se ha dejado fuera.',
    other: '{count} entradas ya estaban y se han dejado fuera.',
  },

  'report.harmLine': '{label}:',
  'report.back': 'Volver a Ajustes',
  'report.covers': 'Qué incluye el informe',
  'report.from': 'Informe desde',
  'report.to': 'Informe hasta',
  'report.emptyDates': 'Deja las fechas vacías para incluir todo el diario.',
  'report.whole': 'Todo el diario',
  'report.entries': 'Entradas',
  'report.incidents': 'Registro de incidentes',
  'report.summary': 'Resumen',
  'report.versions': 'Versiones anteriores de las entradas cambiadas',
  'report.printHint':
    'Imprimir crea una copia en papel o un PDF en este dispositivo; no se envía nada a ningún sitio. Una página impresa la puede leer cualquiera que la encuentre.',
  'report.print': 'Imprimir',
  'report.label': 'Informe',
  'report.title': 'Informe del diario',
  'report.intro': {
    one: '{covered} {count} entrada. Preparado el {date}.',
    other: '{covered} {count} entradas. Preparado el {date}.',
  },
  'report.moodLine': 'Estado de ánimo {mood} ({label}): {count}',
  'report.noMood': 'Sin estado de ánimo anotado: {count}',
  'report.harmCount': 'Entradas que registran un daño o un incidente: {count}',
  'report.events': 'Hechos: {list}',
  'report.feelings': 'Sentimientos: {list}',
  'report.nameCount': '{name} ({count})',
  'report.cycle': 'El ciclo',
  'report.cycleHint':
    'Daño, luego una disculpa, un regalo o una promesa, y luego daño otra vez, contado por días en estas fechas.',
  'report.noIncidents': 'Ninguna entrada de estas fechas registra un daño o un incidente.',
  'report.whenHappened': 'Cuándo pasó',
  'report.whenWritten': 'Cuándo se escribió',
  'report.whatWritten': 'Qué se escribió',
  'report.noEntries': 'No hay entradas en estas fechas.',
  'report.mood': 'Estado de ánimo {mood} ({label})',
  'report.earlierLabel': 'Versiones anteriores de esta entrada',
  'report.earlier': 'Versiones anteriores',
  'report.writtenAt': 'Escrita el {date}',
  'report.coversNone': 'Incluye todo el diario, que todavía no tiene entradas.',
  'report.coversFrom': 'Incluye desde el {date} en adelante.',
  'report.coversTo': 'Incluye todo hasta el {date}.',
  'report.coversRange': 'Incluye del {from} al {to}.',
  'report.coversWhole': 'Incluye del {from} al {to}, todo el diario.',
  'report.leftOut': {
    one: '{count} entrada queda fuera de estas fechas y no está en este informe.',
    other: '{count} entradas quedan fuera de estas fechas y no están en este informe.',
  },
  'report.leftOutHarm': {
    one: '{count} entrada queda fuera de estas fechas y no está en este informe; en ella se anota un daño o un incidente.',
    other:
      '{count} entradas quedan fuera de estas fechas y no están en este informe; de ellas, {harm} con un daño o un incidente anotado.',
  },
  'report.notChanged': 'Escrita el {date}. No ha cambiado desde entonces.',
  'report.changed': 'Escrita el {date}. Se cambió después, la última vez el {changed}.',
  'report.changedKept': {
    one: 'Escrita el {date}. Se cambió después, la última vez el {changed}. Se conserva {count} versión anterior.',
    other:
      'Escrita el {date}. Se cambió después, la última vez el {changed}. Se conservan {count} versiones anteriores.',
  },
};

export default backupEs;
