/** Spanish words of features/journal (list, editor, entry page, search, filters, drafts, reports and exports made from the journal) (see es.ts for the voice). */
import type { Part } from './en';
import type journalEn from './journal.en';

const journalEs: Part<typeof journalEn> = {
  'tags.showAllFeelings': 'Mostrar todos los sentimientos',
  'tags.showAllEvents': 'Mostrar todos los hechos',
  'tags.showFewerFeelings': 'Mostrar menos sentimientos',
  'tags.showFewerEvents': 'Mostrar menos hechos',
  'tags.newFeeling': 'Sentimiento nuevo',
  'tags.newEvent': 'Hecho nuevo',
  'tags.addFeeling': 'Añadir sentimiento',
  'tags.addEvent': 'Añadir hecho',
  'tags.feelingExists': 'Ya tienes un sentimiento que se llama “{name}”.',
  'tags.eventExists': 'Ya tienes un hecho que se llama “{name}”.',
  'tags.nameOf': 'Nombre de “{name}”',
  'tags.rename': 'Cambiar el nombre',
  'tags.hide': 'No mostrarlo al elegir',
  'tags.removed': 'Una etiqueta eliminada',

  'entry.gone': 'Esta entrada ya no está aquí.',
  'entry.deleteQuestion': '¿Eliminar esta entrada? Podrás deshacerlo justo después.',
  'entry.deleteConfirm': 'Eliminar la entrada',
  'entry.keepIt': 'Conservarla',
  'entry.deleted': 'Entrada eliminada',
  'entry.written': 'Escrita el {when}',
  'entry.writtenEdited': 'Escrita el {when} · editada el {edited}',
  'entry.unsavedNote':
    'Los cambios que empezaste en esta entrada se conservan a salvo en este dispositivo, pero todavía no se han guardado en ella.',
  'entry.unsavedTitle': 'Cambios sin guardar, a salvo.',
  'entry.continueEditing': 'Seguir editando',
  'entry.mood': 'Ánimo {mood} ({label})',
  'entry.feelings': 'Sentimientos: {names}',
  'entry.events': 'Hechos: {names}',
  'entry.edit': 'Editar',
  'entry.delete': 'Eliminar',
  'entry.back': 'Volver al diario',

  'editor.gone': 'Esta entrada ya no está abierta.',
  'editor.saved': 'Guardado',
  'editor.stopQuestion': '¿Dejar de editar y conservar la entrada como estaba?',
  'editor.stop': 'Dejar de editar',
  'editor.keepEditing': 'Seguir editando',
  'editor.throwAwayQuestion': '¿Descartar esta entrada sin terminar? No se podrá deshacer.',
  'editor.throwAway': 'Descartarla',
  'editor.keepWriting': 'Seguir escribiendo',
  'editor.editEntry': 'Editar la entrada',
  'editor.newEntry': 'Nueva entrada',
  'editor.when': 'Cuándo pasó',
  'editor.text': 'Texto de la entrada',
  'editor.mood': 'Estado de ánimo',
  'editor.clearMood': 'Quitar el estado de ánimo',
  'editor.save': 'Guardar',
  'editor.cancelEdit': 'Cancelar la edición',
  'editor.discard': 'Descartar el borrador',
  'editor.hint': 'Lo que escribes se va guardando, cifrado y solo en este dispositivo.',

  'conflict.changedNote':
    'Esta entrada se cambió en otra pestaña o ventana de Keel después de que empezaras. Tus palabras siguen aquí; al guardar, podrás elegir qué conservar.',
  'conflict.deletedNote':
    'Esta entrada se eliminó en otra pestaña o ventana de Keel. Tus palabras siguen aquí; al guardar, podrás conservarlas como una entrada.',
  'conflict.deletedHeading': 'Esta entrada se eliminó en otro lugar',
  'conflict.changedHeading': 'Esta entrada cambió en otro lugar',
  'conflict.deleted':
    'Mientras editabas, se eliminó en otra pestaña o ventana de Keel. Tus palabras siguen aquí.',
  'conflict.changed':
    'Mientras editabas, se guardó en otra pestaña o ventana de Keel, o con una importación. Guardar aquí reemplazaría esas palabras, así que todavía no se ha guardado nada.',
  'conflict.unreadable':
    'Ahora mismo no se puede abrir la copia guardada de esta entrada. Todavía no se ha guardado nada y la entrada sigue tal como está.',
  'conflict.seeOther': 'Ver la otra versión',
  'conflict.keepAsEntry': 'Conservar esto como entrada',
  'conflict.keepBoth': 'Conservar ambas',
  'conflict.useThis': 'Usar esta versión',
  'conflict.cancel': 'Cancelar',
  'conflict.hintBoth':
    'Conservar ambas guarda tus palabras como una entrada nueva y deja la otra tal como está.',
  'conflict.hintBothOrThis':
    'Conservar ambas guarda tus palabras como una entrada nueva y deja la otra tal como está. Usar esta versión pone tus palabras en lugar de las de la otra.',
};

export default journalEs;
