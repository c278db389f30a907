/** Spanish words of app/, ui/ and features/reflect (see es.ts for the voice). */
import type { Part } from './en';
import type shellEn from './shell.en';

const shellEs: Part<typeof shellEn> = {
  'shell.lock': 'Bloquear',
  'shell.quickExit': 'Salida rápida',
  'shell.quickExitKeys': 'O pulsa Mayús tres veces.',
  'shell.pressShift': {
    one: 'Pulsa Mayús una vez más para salir de esta página.',
    other: 'Pulsa Mayús {count} veces más para salir de esta página.',
  },
  'nav.label': 'Principal',
  'nav.journal': 'Diario',
  'nav.patterns': 'Patrones',
  'nav.reflect': 'Reflexionar',
  'nav.safety': 'Seguridad',
  'nav.settings': 'Ajustes',
  'shell.opening': 'Abriendo…',
  'shell.needsReload': 'Keel necesita volver a cargarse para seguir.',
  'shell.reload': 'Volver a cargar',
  'shell.saved': 'Guardado',
  'shell.gotIt': 'Entendido',
  'shell.updatedElsewhere':
    'Keel se ha actualizado en otra pestaña o ventana. Vuelve a cargar la página para seguir; todo lo que guardaste se conserva.',
  'shell.olderTab':
    'Keel está abierto en otra pestaña con una versión anterior. Cierra esa pestaña y vuelve a cargar esta.',
  'shell.loadProblem':
    'Ahora mismo no se han podido abrir algunas de tus entradas. No se ha cambiado nada; volver a cargar la página puede ayudar.',
  'shell.storageFailed':
    'Keel no ha podido abrir su almacenamiento en este navegador. No se ha cambiado nada. Volver a cargar la página puede ayudar; en algunos navegadores, las ventanas privadas no permiten guardar datos.',
  'shell.wipeFailed':
    'Ahora mismo no se ha podido borrar todo. No hay nada abierto en pantalla. Puede ayudar cerrar las demás pestañas de Keel, volver a cargar la página e intentarlo de nuevo.',
  'shell.openingEntries':
    'Abriendo tus entradas… {count} hasta ahora. Lo que ves aquí incluirá las demás cuando terminen de abrirse.',

  'viewError.text':
    'Ahora mismo no se ha podido abrir esta parte de Keel. Todo lo que guardaste se conserva. Volver a cargar la página suele ayudar.',
  'viewError.back': 'Volver al diario',

  'undo.label': 'Entrada eliminada',
  'undo.deleted': 'Entrada eliminada.',
  'undo.undo': 'Deshacer',
  'undo.dismiss': 'Cerrar',
  'undo.restored': 'Entrada recuperada',

  'damaged.label': 'Algunas cosas no se han podido abrir',
  'damaged.settings':
    'Tus ajustes no se han podido abrir, así que por ahora Keel usa sus ajustes de partida, también para dónde lleva la Salida rápida y cuándo se bloquea Keel. Puedes revisarlos en Ajustes. La copia dañada se conserva tal como estaba, sin mezclarse con nada.',
  'damaged.items': {
    one: '{count} elemento guardado no se ha podido abrir; puede que se haya dañado en este dispositivo. Se conserva tal como estaba, y todo lo demás está aquí.',
    other:
      '{count} elementos guardados no se han podido abrir; puede que se hayan dañado en este dispositivo. Se conservan tal como estaban, y todo lo demás está aquí.',
  },
  'damaged.backup':
    'Si haces ahora una copia de seguridad, todo lo que se ha abierto queda a salvo.',

  'update.ready':
    'Hay una actualización lista. Keel sigue funcionando como ahora hasta que vuelvas a cargar la página, y no se pierde nada de lo que escribiste.',
  'update.elsewhere':
    'Keel se ha actualizado en otra pestaña. Vuelve a cargar la página para seguir; todo lo que guardaste se conserva.',
  'update.unsaved':
    'Keel no ha podido guardar ahora mismo lo que estás escribiendo, así que no ha vuelto a cargar la página. Inténtalo de nuevo en un momento.',
  'update.reload': 'Volver a cargar ahora',
  'update.later': 'Más tarde',

  'settings.title': 'Ajustes',
  'exit.heading': 'Salida rápida y pestaña',
  'exit.intro':
    'La Salida rápida deja Keel al instante y abre una página web corriente, ocultando el diario. Pulsa el botón Salida rápida o la tecla Mayús tres veces. El botón Atrás no vuelve a mostrar Keel.',
  'exit.page': 'Página de Salida rápida',
  'exit.pageHelp':
    'La página que abre la Salida rápida. Elige una que sueles mirar de todos modos, como el tiempo o las noticias, para que parezca algo normal. Tiene que empezar por https://',
  'exit.save': 'Guardar la página de salida',
  'exit.notAddress': 'Esto no parece una dirección web. Debería empezar por https://',
  'exit.notHttps':
    'Usa una dirección que empiece por https://, para que la página se abra de forma segura.',
  'exit.credentials': 'Usa una dirección que no lleve ningún nombre ni contraseña.',
  'exit.sameSite': 'La Salida rápida tiene que llevar a un sitio distinto de este.',
  'exit.tab': 'Título e icono de la pestaña',
  'exit.tabHint':
    'Lo que muestra la pestaña del navegador, incluso mientras Keel está bloqueado. La barra de direcciones y el historial siguen mostrando la dirección de este sitio.',
  'exit.stayingSafe': 'Cómo protegerte en este dispositivo',
  'disguise.Notes': 'Notas',
  'disguise.Calendar': 'Calendario',
  'disguise.Weather': 'El tiempo',
  'disguise.Recipes': 'Recetas',

  'storage.heading': 'Almacenamiento en este dispositivo',
  'storage.mayBeCleared':
    'Este navegador no ha prometido conservar los datos de Keel. Algunos navegadores, como Safari, borran lo que un sitio ha guardado tras varios días sin visitarlo, a menos que esté añadido a la pantalla de inicio; otros lo borran cuando queda poco espacio. Añadir Keel a la pantalla de inicio ayuda, y una copia de seguridad guardada en un lugar seguro protege tu diario en cualquier caso.',
  'storage.kept':
    'Este navegador ha aceptado conservar los datos de Keel. No borrará tu diario para hacer sitio, aunque quede poco espacio.',
  'storage.unknown':
    'Este navegador no dice si conservará los datos de Keel. Una copia de seguridad guardada en un lugar seguro protege tu diario en cualquier caso.',
  'storage.noUsage': 'Este navegador no dice cuánto espacio ocupa Keel.',
  'storage.used':
    'Keel ocupa unos {used} en este dispositivo, contando los archivos de la aplicación.',
  'storage.usedOfQuota':
    'Keel ocupa unos {used} en este dispositivo, contando los archivos de la aplicación. El navegador permite hasta unos {quota}.',
  'storage.checking': 'Comprobando…',
  'storage.ask': 'Pedir al navegador que los conserve',
  'storage.granted': 'El navegador conservará los datos de Keel.',
  'storage.notNow':
    'El navegador ha dicho que por ahora no. Cada navegador lo decide por su cuenta, a menudo según cuánto se usa un sitio; añadir Keel a la pantalla de inicio puede ayudar.',
  'storage.offline':
    'Keel funciona sin conexión, y nada de lo que escribes sale de este dispositivo. Versión {version}.',
  'storage.noMedia': 'Todavía no hay fotos ni notas de voz guardadas.',
  'storage.media': {
    one: 'De eso, {count} foto o nota de voz ocupa unos {size}.',
    other: 'De eso, {count} fotos y notas de voz ocupan unos {size}.',
  },

  'confirm.keepIt': 'Dejarlo',
  'problem.saveNoSpace':
    'Este dispositivo no tiene espacio libre, así que todavía no se ha podido guardar. Lo que escribiste sigue aquí. Si liberas algo de espacio y vuelves a pulsar Guardar, se conservará.',
  'problem.saveFailed':
    'Ahora mismo no se ha podido guardar. Lo que escribiste sigue aquí, y Guardar lo intentará de nuevo.',
  'problem.draftNoSpace':
    'Este dispositivo no tiene espacio libre, así que ahora mismo el borrador no se está guardando. Lo que escribiste sigue en pantalla.',
  'problem.draftFailed':
    'Ahora mismo no se ha podido guardar el borrador. Lo que escribiste sigue en pantalla.',
};

export default shellEs;
