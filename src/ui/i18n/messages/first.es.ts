/** Spanish words of the first screens (see first.en.ts). */
import type { FirstCatalogue } from './en';

const firstEs: FirstCatalogue = {
  'afterDelete.cannotReach': 'Lo que Keel no puede alcanzar',
  'afterDelete.done': 'Se ha eliminado todo lo que Keel guardaba en este navegador.',
  'afterDelete.files':
    'Los archivos guardados fuera de Keel siguen ahí: las copias de seguridad descargadas (archivos .keel), las exportaciones legibles (Markdown, JSON o CSV) y los informes impresos o guardados. Suelen estar en la carpeta Descargas y aparecen en la lista de descargas del navegador (en su menú; Ctrl+J en la mayoría de las computadoras). Puedes eliminarlos desde ahí. Las copias en papel están donde se imprimieron.',
  'afterDelete.heading': 'Eliminado',
  'afterDelete.history':
    'Puede que el historial del navegador todavía muestre la dirección de este sitio.',
  'afterDelete.leave': 'Ir a la página de salida',
  'afterDelete.startNew': 'Empezar un diario nuevo',
  'failedTries.ok': 'De acuerdo',
  'filters.clear': 'Quitar los filtros',
  'filters.from': 'Desde',
  'filters.hidden': '{name} (oculto)',
  'filters.mood': '{mood} {label}',
  'filters.moodIs': 'Estado de ánimo',
  'filters.summary': 'Filtrar',
  'filters.summaryOn': 'Filtrar (activado)',
  'filters.to': 'Hasta',
  'firstRun.heading': '¿Quieres una frase de contraseña?',
  'firstRun.later': 'Puedes ponerla, cambiarla o quitarla más adelante en Ajustes.',
  'firstRun.notNow': 'Ahora no',
  'firstRun.set': 'Poner una frase de contraseña',
  'firstRun.what':
    'Mantiene tu diario cerrado hasta que la escribes. Si la olvidas, nadie puede recuperarla.',
  'firstRun.whenever': 'Puedes poner una frase de contraseña en Ajustes cuando quieras.',
  'forgotten.button': 'Frase de contraseña olvidada',
  'forgotten.cancel': 'Cancelar',
  'forgotten.done':
    'La copia de seguridad ya está en su lugar. Ahora Keel se abre con la frase de contraseña de esa copia.',
  'forgotten.failed': 'No se ha podido hacer en este momento. No se ha cambiado nada.',
  'forgotten.heading': 'Si no recuerdas la frase de contraseña',
  'forgotten.holds': {
    one: 'La copia de seguridad se ha abierto y contiene {count} entrada. ¿La pones en lugar del diario bloqueado? Después, el diario bloqueado ya no se podrá abrir.',
    other:
      'La copia de seguridad se ha abierto y contiene {count} entradas. ¿La pones en lugar del diario bloqueado? Después, el diario bloqueado ya no se podrá abrir.',
  },
  'forgotten.intro':
    'Este diario no se puede abrir sin su frase de contraseña, ni por ti ni por nadie. No hay forma de restablecerla. Puedes restaurar en su lugar un archivo de copia de seguridad, o empezar de nuevo.',
  'forgotten.opening': 'Abriendo la copia de seguridad…',
  'forgotten.replace': 'Reemplazar el diario bloqueado',
  'forgotten.replacing': 'Poniendo la copia de seguridad en su lugar…',
  'forgotten.restoreHeading': 'Restaurar una copia de seguridad',
  'forgotten.restoreIntro':
    'Una copia de seguridad se abre con la frase de contraseña que se escribió al hacerla. Aquí ocupa el lugar del diario bloqueado, y desde entonces Keel se abre con esa frase de contraseña.',
  'journal.heading': 'Diario',
  'journal.newEntry': 'Nueva entrada',
  'journal.search': 'Buscar en las entradas',
  'list.label': 'Entradas',
  'list.mood': ' · Ánimo {mood} ({label})',
  'list.unsaved': 'Cambios sin guardar, a salvo',
  'lock.cancel': 'Cancelar',
  'lock.help': 'Ayuda',
  'lock.open': 'Abrir',
  'lock.openFailed':
    'Keel no se ha podido abrir en este momento. No se ha cambiado nada. Inténtalo de nuevo.',
  'lock.passphrase': 'Frase de contraseña',
  'lock.stopped': 'Detenido. Puedes volver a intentarlo cuando quieras.',
  'lock.unlock': 'Desbloquear',
  'lock.unlockFailed':
    'Keel no se ha podido desbloquear en este momento. No se ha cambiado nada. Inténtalo de nuevo.',
  'lock.unlocking': 'Desbloqueando…',
  'lock.wait': {
    one: 'Para proteger el diario, podrás volver a intentarlo dentro de {count} segundo.',
    other: 'Para proteger el diario, podrás volver a intentarlo dentro de {count} segundos.',
  },
  'lock.wrong':
    'Esa frase de contraseña no ha abierto Keel. Tómate tu tiempo y vuelve a intentarlo; puede ayudar comprobar si están activadas las mayúsculas.',
  'media.reportOriginals':
    'Imprimir los archivos originales (las fotos conservan datos ocultos, como el lugar donde se tomaron)',
  'media.reportPhotos': 'Fotos',
  'nav.label': 'Principal',
  'shell.lock': 'Bloquear',
  'shell.opening': 'Abriendo…',
  'shell.openingEntries':
    'Abriendo tus entradas… {count} hasta ahora. Lo que ves aquí incluirá las demás cuando terminen de abrirse.',
  'shell.quickExit': 'Salida rápida',
  'shell.quickExitKeys': 'O pulsa Mayús tres veces.',
  'shell.reload': 'Volver a cargar',
  'tags.events': 'Hechos',
  'tags.feelings': 'Sentimientos',
  'undo.deleted': 'Entrada eliminada.',
  'undo.dismiss': 'Cerrar',
  'undo.label': 'Entrada eliminada',
  'undo.restored': 'Entrada recuperada',
  'undo.undo': 'Deshacer',
  'update.elsewhere':
    'Keel se ha actualizado en otra pestaña. Vuelve a cargar la página para seguir; todo lo que guardaste se conserva.',
  'update.later': 'Más tarde',
  'update.ready':
    'Hay una actualización lista. Keel sigue funcionando como ahora hasta que vuelvas a cargar la página, y no se pierde nada de lo que escribiste.',
  'update.reload': 'Volver a cargar ahora',
  'update.unsaved':
    'Keel no ha podido guardar ahora mismo lo que estás escribiendo, así que no ha vuelto a cargar la página. Inténtalo de nuevo en un momento.',
  'viewError.back': 'Volver al diario',
  'viewError.text':
    'Ahora mismo no se ha podido abrir esta parte de Keel. Todo lo que guardaste se conserva. Volver a cargar la página suele ayudar.',
  'failedTries.line': {
    one: 'Desde la última vez que se abrió Keel, se ha probado {count} frase de contraseña incorrecta ({when}).',
    other:
      'Desde la última vez que se abrió Keel, se han probado {count} frases de contraseña incorrectas; la última, el {when}.',
  },
  'journal.count.foundSoFar': {
    one: '{count} encontrada hasta ahora. Abriendo tus entradas…',
    other: '{count} encontradas hasta ahora. Abriendo tus entradas…',
  },
  'journal.count.narrowed': {
    one: '{shown} de {count} entrada',
    other: '{shown} de {count} entradas',
  },
  'journal.count.none':
    'Todavía no hay entradas. Cuando quieras, Nueva entrada abre una página en blanco.',
  'journal.count.openingSoFar': 'Abriendo tus entradas… {count} hasta ahora.',
  'journal.count.total': { one: '{count} entrada', other: '{count} entradas' },
  'journal.searchGettingReady': 'La búsqueda se está preparando. Los resultados aparecerán aquí.',
  'list.noWords': '(sin palabras)',
  'lock.closed': 'Keel está cerrado',
  'lock.locked': 'Keel está bloqueado',
  'mood.1': 'muy difícil',
  'mood.2': 'difícil',
  'mood.3': 'con altibajos',
  'mood.4': 'llevadero',
  'mood.5': 'bueno',
  'nav.journal': 'Diario',
  'nav.patterns': 'Patrones',
  'nav.reflect': 'Reflexionar',
  'nav.safety': 'Seguridad',
  'nav.settings': 'Ajustes',
  'problem.characters': { one: '{count} carácter', other: '{count} caracteres' },
  'problem.draftFailed':
    'Ahora mismo no se ha podido guardar el borrador. Lo que escribiste sigue en pantalla.',
  'problem.draftNoSpace':
    'Este dispositivo no tiene espacio libre, así que ahora mismo el borrador no se está guardando. Lo que escribiste sigue en pantalla.',
  'problem.saveFailed':
    'Ahora mismo no se ha podido guardar. Lo que escribiste sigue aquí, y Guardar lo intentará de nuevo.',
  'problem.saveNoSpace':
    'Este dispositivo no tiene espacio libre, así que todavía no se ha podido guardar. Lo que escribiste sigue aquí. Si liberas algo de espacio y vuelves a pulsar Guardar, se conservará.',
  'problem.tooLong':
    'Esto es más largo de lo que Keel puede guardar de una sola vez ({limit}), así que no se ha guardado. Lo que escribiste sigue en la pantalla; acórtalo o divídelo en partes y vuelve a guardar.',
  'problem.tooLongUnknown':
    'Keel no ha podido guardar esto tal como está, así que no se ha guardado nada. Lo que escribiste sigue en la pantalla.',
  'shell.olderTab':
    'Keel está abierto en otra pestaña con una versión anterior. Cierra esa pestaña y vuelve a cargar esta.',
  'shell.storageFailed':
    'Keel no ha podido abrir su almacenamiento en este navegador. No se ha cambiado nada. Volver a cargar la página puede ayudar; en algunos navegadores, las ventanas privadas no permiten guardar datos.',
  'shell.updatedElsewhere':
    'Keel se ha actualizado en otra pestaña o ventana. Vuelve a cargar la página para seguir; todo lo que guardaste se conserva.',
  'shell.wipeFailed':
    'Ahora mismo no se ha podido borrar todo. No hay nada abierto en pantalla. Puede ayudar cerrar las demás pestañas de Keel, volver a cargar la página e intentarlo de nuevo.',
  'shell.needsReload': 'Keel necesita volver a cargarse para seguir.',
  'drafts.continue': 'Seguir escribiendo',
  'drafts.many': {
    one: '{count} entrada que empezaste está guardada como borrador.',
    other: '{count} entradas que empezaste están guardadas como borradores.',
  },
  'drafts.noWords': 'Todavía sin palabras',
  'drafts.one': 'Una entrada que empezaste está guardada como borrador.',
  'drafts.started': '{when}: {words}',
  'media.count': { one: '{count} archivo adjunto', other: '{count} archivos adjuntos' },
};

export default firstEs;
