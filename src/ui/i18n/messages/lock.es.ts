/** Spanish words of features/lock (see es.ts for the voice). */
import type { Part } from './en';
import type lockEn from './lock.en';

const lockEs: Part<typeof lockEn> = {
  // Pantalla de bloqueo

  'deleteAll.heading': 'Eliminar todo',
  'deleteAll.onLockScreen':
    'Esto quita el diario bloqueado de este dispositivo y te deja empezar de nuevo con uno vacío. No se puede deshacer.',
  'deleteAll.inSettings':
    'Esto quita de este dispositivo todas las entradas, borradores, etiquetas y ajustes, y también la frase de contraseña. No se puede deshacer. Si quieres conservar lo que has escrito, haz antes una copia de seguridad.',
  'deleteAll.word': 'ELIMINAR',
  'deleteAll.typeWord': 'Escribe {word} para confirmar',
  'deleteAll.button': 'Eliminar todo',
  'deleteAll.deleting': 'Eliminando…',
  'deleteAll.failed':
    'No se ha podido eliminar todo en este momento. Puede ayudar cerrar las demás pestañas de Keel y volver a intentarlo.',

  'passphrase.what':
    'Una frase de contraseña mantiene tu diario cerrado hasta que la escribes. Sin ella, cualquiera que pueda abrir este navegador en este dispositivo puede abrir Keel y leerlo.',
  'passphrase.forgetStrong': 'Si la olvidas, nadie puede recuperarla',
  'passphrase.forgetRest':
    ', ni siquiera nosotros: no hay forma de restablecerla, y el diario no se puede abrir sin ella. Elige palabras que vayas a recordar y que otras personas no adivinen.',

  'passphrase.current': 'Frase de contraseña actual',
  'passphrase.new': 'Frase de contraseña nueva',
  'passphrase.newAgain': 'Repite la frase de contraseña nueva',
  'passphrase.set': 'Poner la frase de contraseña',
  'passphrase.change': 'Cambiar la frase de contraseña',
  'passphrase.remove': 'Quitar la frase de contraseña',
  'passphrase.tooShort':
    'Usa al menos {min} caracteres. Unas cuantas palabras corrientes que vayas a recordar funcionan bien.',
  'passphrase.notSame':
    'Las dos frases de contraseña nuevas no coinciden. Escríbelas otra vez, por favor.',
  'passphrase.wasSet': 'Frase de contraseña puesta. Keel te la pedirá al abrirse.',
  'passphrase.wasChanged': 'Frase de contraseña cambiada.',
  'passphrase.wasRemoved': 'Frase de contraseña quitada. Ahora Keel se abre sin ella.',
  'passphrase.stopped': 'Detenido. No se ha cambiado nada.',
  'passphrase.wrongCurrent': 'La frase de contraseña actual no coincide. No se ha cambiado nada.',
  'passphrase.saveFailed':
    'No se ha podido guardar en este momento. No se ha cambiado nada. Inténtalo de nuevo.',
  'passphrase.strengthHint':
    'Cuatro o más palabras al azar forman una frase de contraseña fuerte y fácil de recordar.',
  'passphrase.noSave':
    'Si el navegador te ofrece guardar esta frase de contraseña, elige “Nunca”: cualquiera que abriera este navegador podría abrir Keel con ella.',
  'passphrase.newKey': 'Crear una clave nueva',
  'passphrase.newKeyWhy':
    'Si alguien pudo conocer tu frase de contraseña anterior, con una clave nueva nada de lo que haya copiado con ella podrá abrir tu diario. Tarda un poco más.',
  'passphrase.deriving': 'Creando la clave. Puede tardar unos segundos.',
  'passphrase.writing': 'Cifrando tu diario con la clave nueva. Mantén Keel abierto, por favor.',
  'passphrase.working': 'Un momento…',
  'passphrase.cancel': 'Cancelar',

  'strength.short':
    'Usa al menos {min} caracteres, por favor. Cuatro o más palabras al azar funcionan bien.',
  'strength.easy':
    'Esta es fácil de adivinar. Cuatro o más palabras al azar (que no sean un refrán ni un verso de una canción) son mucho más difíciles.',
  'strength.strong': 'Fuerte: cuatro o más palabras son muy difíciles de adivinar.',
  'strength.fair': 'Aceptable. Una palabra al azar más la haría mucho más difícil de adivinar.',
  'strength.guessable':
    'Esta se podría adivinar. Cuatro o más palabras al azar son mucho más difíciles, y fáciles de recordar.',

  'passphraseNote.heading': 'Una frase de contraseña, si la quieres',
  'passphraseNote.text':
    'Tu diario ya tiene algunas entradas. Una frase de contraseña las mantendría cerradas hasta que la escribas; puedes ponerla en Ajustes.',
  'passphraseNote.toSettings': 'Ir a Ajustes',
  'passphraseNote.hide': 'Ocultar esta nota',

  'lockSettings.heading': 'Bloqueo y frase de contraseña',
  'lockSettings.isSet':
    'Hay una frase de contraseña puesta. Bloquear cierra el diario hasta que se vuelva a escribir.',
  'lockSettings.notSet':
    'No hay ninguna frase de contraseña. Bloquear solo cierra el diario en la pantalla: cualquiera que tenga este dispositivo puede volver a abrirlo al instante.',
  'lockSettings.change': 'Cambiar la frase de contraseña',
  'lockSettings.remove': 'Quitar la frase de contraseña',
  'lockSettings.set': 'Poner una frase de contraseña',
  'lockSettings.idle': 'Bloquear tras un rato sin uso',
  'lockSettings.never': 'Nunca',
  'lockSettings.after': { one: 'Tras {count} minuto', other: 'Tras {count} minutos' },
  'lockSettings.hidden':
    'Bloquear siempre que Keel deje de estar a la vista (otra pestaña u otra aplicación, o se apague la pantalla)',
  'lockSettings.saved': 'Guardado',

  'second.heading': 'Una segunda frase de contraseña',
  'second.what':
    'Una segunda frase de contraseña abre un diario aparte, corriente. Si alguien te obliga a abrir Keel, puedes escribirla en su lugar: este diario sigue cerrado, y nada en el otro lo menciona.',
  'second.limits':
    'No puede ocultar que Keel está en este dispositivo. Alguien que mire el almacenamiento del navegador con herramientas para desarrolladores podría ver que hay más guardado de lo que muestra el diario abierto. Eliminar todo, desde cualquiera de los dos diarios, quita los dos; las copias de seguridad de cada diario solo contienen lo que se escribió en él.',
  'second.livedIn':
    'Unas cuantas entradas cotidianas en el segundo diario ayudan a que parezca usado.',
  'second.isSet':
    'Hay una segunda frase de contraseña puesta. Mientras la haya, la frase de contraseña de este diario se mantiene.',
  'second.change': 'Cambiar la segunda frase de contraseña',
  'second.remove': 'Quitar la segunda frase de contraseña',
  'second.set': 'Poner una segunda frase de contraseña',
  'second.current': 'Segunda frase de contraseña actual',
  'second.new': 'Segunda frase de contraseña',
  'second.newAgain': 'Repite la segunda frase de contraseña',
  'second.differ': 'Tiene que ser distinta de la frase de contraseña de este diario. {noSave}',
  'second.save': 'Guardar la segunda frase de contraseña',
  'second.sameAsReal':
    'Esa es la frase de contraseña de este diario. Elige otra distinta para el segundo diario, por favor. No se ha cambiado nada.',
  'second.wrongCurrent':
    'La segunda frase de contraseña actual no coincide. No se ha cambiado nada.',
  'second.wasSet': 'Segunda frase de contraseña puesta.',
  'second.wasChanged': 'Segunda frase de contraseña cambiada.',
  'second.removeWhat':
    'Esto elimina el segundo diario y todo lo que se escribió en él. No se puede deshacer. Este diario no se toca.',
  'second.deleting': 'Eliminando el segundo diario…',
  'second.deleteButton': 'Eliminar el segundo diario',
  'second.wasRemoved': 'Segunda frase de contraseña quitada, junto con su diario.',
  'second.removeFailed':
    'No se ha podido hacer en este momento. No se ha cambiado nada. Inténtalo de nuevo.',

  'stayingSafe.heading': 'Cómo protegerte en este dispositivo',
  'stayingSafe.watchedStrong':
    'Si este teléfono o esta computadora pueden estar vigilados (una aplicación de control, una cuenta compartida, copias del navegador en la nube), una frase de contraseña no ayuda mientras escribes:',
  'stayingSafe.watchedRest':
    'lo que hay en la pantalla se puede ver o grabar. Un dispositivo al que no puedan llegar, como el teléfono de una amistad de confianza o una computadora de una biblioteca, es más seguro.',
  'stayingSafe.onlyHere':
    'Keel guarda tu diario solo en este dispositivo, cifrado. Tú conoces mejor que nadie tu situación; toma lo que te ayude y deja lo demás.',
  'stayingSafe.quickExit':
    'La Salida rápida (el botón de arriba, o pulsar Mayús tres veces) oculta Keel al instante y abre una página corriente que puedes elegir. El botón Atrás no vuelve a Keel, y el diario sale de la memoria del navegador.',
  'stayingSafe.passphrase':
    'Una frase de contraseña mantiene el diario cerrado hasta que se escribe. Sin ella, cualquiera que abra Keel en este dispositivo puede leerlo.',
  'stayingSafe.history': 'El historial del navegador sigue mostrando la dirección de este sitio.',
  'stayingSafe.exitHeading': 'Lo que la Salida rápida no hace',
  'stayingSafe.exitHistory':
    'No borra el historial del navegador. La dirección de este sitio sigue en la lista del historial y puede aparecer como sugerencia cuando alguien escribe en la barra de direcciones.',
  'stayingSafe.exitInstalled':
    'No oculta que Keel se instaló. Una aplicación instalada puede seguir apareciendo en la pantalla de inicio, en la lista de aplicaciones o en los ajustes del navegador.',
  'stayingSafe.exitOtherDevices':
    'No llega a otros dispositivos ni a cuentas compartidas. Si el navegador tiene abierta una cuenta que sincroniza el historial con otro teléfono u otra computadora, ese historial puede verse allí.',
  'stayingSafe.exitSeen':
    'No detiene a quien ya vio la pantalla, ni a quien tiene una grabación de ella.',
  'stayingSafe.historyHeading': 'Historial, ventanas privadas y título de la pestaña',
  'stayingSafe.removeSite':
    'La mayoría de los navegadores permiten quitar un solo sitio del historial: abre la lista del historial, busca la dirección de este sitio y quítala (en muchos teléfonos, mantenla pulsada). Ten cuidado con las opciones llamadas “borrar datos del sitio” o “cookies y datos de sitios”: eliminan el almacenamiento de Keel y, con él, tu diario.',
  'stayingSafe.emptyHistory':
    'Un historial vacío en un dispositivo que otra persona revisa puede parecer raro y despertar preguntas. Quitar solo este sitio, y seguir usando el navegador como siempre, suele parecer más normal. No hay una única respuesta correcta; tú sabes qué es lo más seguro para ti.',
  'stayingSafe.private':
    'Una ventana privada (de incógnito) no guarda el historial, pero tampoco guarda el almacenamiento de Keel: un diario escrito ahí desaparece al cerrar la ventana. Sirve para leer páginas de ayuda que no quieres que queden en tu historial.',
  'stayingSafe.tabTitle':
    'En Ajustes puedes darle a la pestaña un título y un icono sencillos, como Notas. La barra de direcciones y el historial siguen mostrando la dirección de este sitio.',
  'stayingSafe.installed':
    'Si instalas la aplicación mientras la pestaña se llama Notas, se instala como Notas, con su icono. Una aplicación instalada antes conserva el nombre que tenía entonces hasta que la quitas y la vuelves a instalar, y la lista de aplicaciones del navegador y sus ajustes pueden seguir mostrando la dirección de este sitio.',
  'stayingSafe.findHeading': 'Lo que alguien aún podría encontrar en este dispositivo',
  'stayingSafe.readable':
    'Nada de lo que escribes se puede leer sin la clave del diario. Pero algunas cosas siguen siendo legibles en este dispositivo sin la frase de contraseña: los nombres de las tablas de almacenamiento, los identificadores y las horas de los registros, tamaños y cantidades aproximados, cuándo se probó por última vez una frase de contraseña incorrecta, el título de la pestaña y la página de Salida rápida que elegiste.',
  'stayingSafe.olderCopies':
    'Puede que queden copias antiguas de la clave y de los registros del diario en los archivos del navegador hasta que el navegador las limpie. Por eso ayuda tanto poner una frase de contraseña desde el principio. Al ponerla se crea una clave nueva, así que esas copias antiguas no pueden abrir lo que escribas después.',
  'stayingSafe.changedApp':
    'Alguien con herramientas para desarrolladores en este dispositivo podría cambiar la propia aplicación, por ejemplo para capturar una frase de contraseña mientras se escribe. Si eso ha podido pasar, un dispositivo al que no puedan llegar es más seguro.',
  'stayingSafe.secondHeading': 'Una segunda frase de contraseña, y lo que no puede ocultar',
  'stayingSafe.secondWhat':
    'En Ajustes puedes poner una segunda frase de contraseña. Escrita en la pantalla de bloqueo, abre un diario aparte, corriente, en lugar de este. Sus entradas, patrones, búsqueda, ajustes, línea de almacenamiento y copias de seguridad solo contienen lo que se escribió allí, y nunca menciona este diario.',
  'stayingSafe.secondLimits':
    'No puede ocultarlo todo. Alguien con herramientas para desarrolladores en este dispositivo podría ver que el navegador guarda dos conjuntos de registros cifrados, aproximadamente cuántas filas y cuánto espacio tiene cada uno, y cuál está abierto. No podría leer ninguno sin su frase de contraseña. Alguien que conozca bien Keel podría notar que los Ajustes del otro diario no tienen ninguna parte sobre una segunda frase de contraseña.',
  'stayingSafe.secondBoth':
    'Eliminar todo, desde cualquiera de los dos diarios, quita los dos. Una copia de seguridad solo contiene el diario en el que se hizo; una copia restaurada en la pantalla de bloqueo reemplaza este diario.',
  'stayingSafe.close': 'Cerrar la ayuda',
  'stayingSafe.backToSafety': 'Volver a Seguridad',
  'stayingSafe.backToSettings': 'Volver a Ajustes',
};

export default lockEs;
