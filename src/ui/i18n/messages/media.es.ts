/** Spanish words of features/journal/attachments and features/journal/history (see es.ts for the voice). */
import type { Part } from './en';
import type mediaEn from './media.en';

const mediaEs: Part<typeof mediaEn> = {
  'media.legend': 'Fotos, capturas de pantalla y notas de voz',
  'media.describePhoto': 'Descripción breve (se usa como texto alternativo)',
  'media.describeVoice': 'Nota junto a la nota de voz',
  'media.removePhoto': 'Quitar foto',
  'media.removeVoice': 'Quitar nota de voz',
  'media.removed': 'Se quitó de esta entrada.',
  'media.undo': 'Deshacer',
  'media.addPhoto': 'Añadir una foto o captura de pantalla',
  'media.photoHint':
    'Fotos y capturas de pantalla de hasta {size} cada una. También puedes pegar una captura o soltar imágenes aquí. Se guardan cifradas en este dispositivo, igual que tus palabras.',
  'media.sealing': 'Cifrando y guardando la imagen…',
  'media.addFailed': 'No se ha podido añadir este archivo.',
  'media.location':
    'Esta foto guarda el lugar donde se tomó (una ubicación GPS) y quizá el dispositivo con el que se hizo. Keel conserva el original cifrado en este dispositivo; las exportaciones y las impresiones dejan fuera estos datos, salvo que elijas incluir los archivos originales.',
  'media.notPicture': 'Aquí solo se pueden añadir imágenes (fotos y capturas de pantalla).',
  'media.tooMany':
    'Una entrada puede tener {limit} fotos y notas de voz. No se ha perdido nada; otra entrada puede guardar más.',
  'media.photoTooBig':
    'Esta foto ocupa {size}, más de lo que Keel guarda en una sola foto ({limit}). Cabrá una captura de pantalla o una copia más pequeña.',
  'media.voiceTooBig':
    'Esta grabación ocupa más de lo que Keel guarda en una sola nota de voz ({limit}).',
  'media.empty': 'Este archivo está vacío, así que no había nada que añadir.',
  'media.noSpace':
    'Este dispositivo no tiene espacio libre, así que no se ha podido añadir. No se ha tocado nada de lo que ya está en tu diario; si liberas algo de espacio y lo vuelves a añadir, se guardará.',
  'media.megabytes': '{size} MB',
  'media.record': 'Grabar una nota de voz',
  'media.stopRecording': 'Detener la grabación',
  'media.recording': 'Grabando, {time}',
  'media.keepingVoice': 'Guardando la nota de voz…',
  'media.voiceHint':
    'Una nota de voz puede durar hasta {minutes} minutos; al llegar ahí, la grabación se detiene sola y conserva lo que dijiste. El sonido se guarda cifrado en este dispositivo y nunca se envía a ningún sitio.',
  'media.noRecorder': 'Este navegador no puede grabar sonido aquí.',
  'media.noMicrophone':
    'Keel no ha podido usar el micrófono. Puede que el navegador esté pidiendo permiso, o que lo tenga desactivado para esta página en sus ajustes.',
  'media.voiceFailed': 'No se ha podido guardar la nota de voz.',
  'media.region': 'Fotos y notas de voz',
  'media.unreadable': 'No se ha podido leer este archivo adjunto en este dispositivo.',
  'media.entryUnreadable':
    'No se ha podido leer en este dispositivo un archivo adjunto de esta entrada.',
  'media.openingPhoto': 'Abriendo la foto…',
  'media.openingVoice': 'Abriendo la nota de voz…',
  'media.noDescription': 'Una foto sin descripción',
  'media.player': 'Nota de voz',
  'media.voiceNote': 'Nota de voz',
  'media.voiceNoteLength': 'Nota de voz, {length}',
  'media.sha': 'SHA-256 al añadirla:',
  'media.printFailed': 'No se ha podido preparar esta foto para imprimirla.',

  'history.button': 'Versiones anteriores',
  'history.list': 'Versiones anteriores',
  'history.readFailed':
    'Ahora mismo no se han podido leer las versiones anteriores. Siguen guardadas.',
  'history.noneDiffer': 'Ninguna versión anterior es distinta de esta.',
  'history.written': 'Escrita el {when}',
  'history.replaced': 'Sustituida el {when}',
  'history.happened': 'Cuándo ocurrió: {when}',
  'history.mood': 'Ánimo {mood} ({label})',
  'history.feelings': 'Sentimientos: {names}',
  'history.events': 'Hechos: {names}',
  'history.removedTag': 'Una etiqueta eliminada',
  'history.unreadable': {
    one: 'No se ha podido leer una versión anterior; se conserva tal como está.',
    other: 'No se han podido leer {count} versiones anteriores; se conservan tal como están.',
  },
  'history.remove': 'Quitar esta versión',
  'history.removeQuestion': '¿Quitar esta versión anterior? Se escribió el {when}.',
  'history.removeStays':
    'La entrada tal como está ahora no cambia. Una versión quitada no se puede recuperar aquí.',
  'history.keep': 'Conservarla',
  'history.removeConfirm': 'Quitar versión',
  'history.removed': 'Se quitó esa versión anterior.',
  'history.removeFailed':
    'Ahora mismo no se ha podido quitar esa versión. Sigue guardada tal como estaba.',

  'harm.summary': 'Detalles de lo que pasó (opcional)',
  'harm.hint':
    'Por si te sirve tenerlos más adelante, para ti o para alguien que te acompañe. Rellena los que quieras, o ninguno.',
  'harm.region': 'Detalles de lo que pasó',
  'harm.place': 'Dónde ocurrió',
  'harm.witnesses': 'Quién lo vio o lo oyó',
  'harm.words': 'Palabras que se dijeron',
  'harm.injuries': 'Lesiones o atención médica',
  'harm.report': 'Denuncia o informe presentado',
  'harm.reportNumber': 'Número de denuncia o informe',
  'harm.tooLong':
    'Esto tiene {over} más de lo que Keel puede guardar de una vez ({limit}). Todo sigue aquí; acórtalo o divídelo y se guardará.',
  'harm.characters': { one: '{count} carácter', other: '{count} caracteres' },
};

export default mediaEs;
