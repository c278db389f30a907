/**
 * Spanish: written for Spanish speakers on both sides of the Atlantic, with tú, in the same
 * calm, plain voice as the English (not a word-for-word copy of it). Words that differ by
 * country (móvil / celular) are avoided where a common one exists ("teléfono").
 */
import type { RestCatalogue } from './en';
import journalEs from './journal.es';
import patternsEs from './patterns.es';
import shellEs from './shell.es';
import lockEs from './lock.es';
import backupEs from './backup.es';
import mediaEs from './media.es';

const restEs: RestCatalogue = {
  ...journalEs,
  ...patternsEs,
  ...shellEs,
  ...lockEs,
  ...backupEs,
  ...mediaEs,
  'safety.title': 'Seguridad',
  'safety.intro':
    'Nadie conoce tu situación mejor que tú. Esto está aquí para cuando te sirva: un plan que puedes ir armando a tu ritmo y personas a las que puedes acudir.',
  'safety.toPlan': 'Ir a mi plan de seguridad',
  'safety.toResources': 'Ir a los números de ayuda',
  'safety.stayingSafe': 'Cómo protegerte en este dispositivo',
  'safety.planHeading': 'Plan de seguridad',

  'plan.form': 'Editor del plan de seguridad',
  'plan.intro':
    'Un plan hecho en un momento de calma puede ayudarte en uno difícil. Rellena solo lo que te sea útil, en el orden que quieras, y cámbialo cuando lo necesites. Se guarda cifrado en este dispositivo mientras escribes.',
  'plan.opening': 'Abriendo tu plan…',
  'plan.openFailed':
    'Ahora mismo no se ha podido abrir tu plan de seguridad. No se ha cambiado nada.',
  'plan.people': 'Personas a las que puedo acudir',
  'plan.peopleHint': 'Alguien que te cree y a quien podrías llamar, escribir o ir a ver.',
  'plan.person': 'Persona {number}',
  'plan.personName': 'Nombre',
  'plan.personReach': 'Cómo contactarla',
  'plan.personKnows': 'Qué sabe de lo que pasa',
  'plan.removePerson': 'Quitar a la persona {number}',
  'plan.addPerson': 'Añadir una persona',
  'plan.removePersonQuestion': '¿Quitar a {name} de tu plan?',
  'plan.thisPerson': 'esta persona',
  'plan.remove': 'Quitar',
  'plan.keepThem': 'Dejarla',
  'plan.places': 'Lugares seguros a los que puedo ir',
  'plan.placesHint':
    'La casa de alguien de confianza, un refugio, un sitio abierto hasta tarde; y cómo llegarías.',
  'plan.take': 'Qué llevarme',
  'plan.takeNotes': 'Notas sobre qué llevarme',
  'plan.takeNotesHint': 'Dónde están las cosas, o si has dejado copias con alguien de confianza.',
  'plan.codeWordGroup': 'Una palabra clave',
  'plan.codeWordHint':
    'Una palabra o frase que puedes decir o escribir a alguien de confianza y que significa que necesitas ayuda.',
  'plan.codeWord': 'Palabra clave',
  'plan.codeWordMeaning': 'Qué significa y quién la conoce',
  'plan.leaving': 'Pasos para irme',
  'plan.leavingHint':
    'Cuándo, cómo, quién podría ayudarte y qué harías si tuvieras que salir con prisa.',
  'plan.after': 'Seguir a salvo después',
  'plan.afterNotes': 'Otros pasos para después',
  'plan.save': 'Guardar',
  'plan.print': 'Imprimir el plan',
  'plan.printHint':
    'Un plan impreso es tan privado como el lugar donde lo guardes. Si prefieres tener una copia en otro sitio, en la ventana de impresión puedes guardarlo como PDF.',
  'plan.state.pending': 'Se guardará en un momento…',
  'plan.state.saving': 'Guardando…',
  'plan.state.saved': 'Guardado',
  'plan.state.failed': 'Todavía sin guardar',

  'plan.item.t01': 'Documentos',
  'plan.item.t01.hint':
    'identificación, pasaporte, actas o partidas de nacimiento, papeles de tus hijos, órdenes judiciales, contrato de alquiler o escrituras',
  'plan.item.t02': 'Dinero',
  'plan.item.t02.hint': 'efectivo, tarjetas del banco, una tarjeta a tu nombre si la tienes',
  'plan.item.t03': 'Medicinas',
  'plan.item.t03.hint': 'y recetas, gafas o lentes, lo que necesites cada día',
  'plan.item.t04': 'Llaves',
  'plan.item.t04.hint': 'de casa, del coche, del trabajo; un juego de repuesto en un lugar seguro',
  'plan.item.t05': 'Teléfono y cargadores',
  'plan.item.t05.hint': 'y una lista de números apuntados en papel',
  'plan.item.t06': 'Cosas para tus hijos o tus mascotas',
  'plan.item.t06.hint': 'un juguete favorito, ropa, comida, papeles del veterinario o del colegio',
  'plan.item.t07': 'Ropa para unos días',
  'plan.item.t07.hint': 'y algo que te reconforte',
  'plan.item.a01': 'Cambiar mi número de teléfono',
  'plan.item.a01.hint': 'o conseguir otro teléfono u otra tarjeta SIM',
  'plan.item.a02': 'Cambiar las contraseñas',
  'plan.item.a02.hint':
    'correo, banco, redes sociales, almacenamiento en la nube; activar la verificación en dos pasos',
  'plan.item.a03': 'Revisar mis dispositivos',
  'plan.item.a03.hint':
    'ubicación compartida, cuentas compartidas, aplicaciones que no instalé, localizadores en bolsos o en el coche',
  'plan.item.a04': 'Cerrar sesión en las cuentas compartidas',
  'plan.item.a04.hint': 'plataformas de series, compras, cuentas familiares',
  'plan.item.a05': 'Cambiar cerraduras o rutinas',
  'plan.item.a05.hint': 'recorridos, horarios, las tiendas a las que voy',
  'plan.item.a06': 'Avisar a quien tenga que saberlo',
  'plan.item.a06.hint':
    'en el trabajo, el colegio o la guardería: quién puede recoger a mis hijos o contactarme y quién no',
  'plan.item.a07': 'Llevar un registro',
  'plan.item.a07.hint': 'fechas, mensajes, todo lo que pase',

  'print.title': 'Mi plan',
  'print.people': 'Personas a las que puedo acudir',
  'print.places': 'Lugares seguros',
  'print.take': 'Qué llevarme',
  'print.takeNotes': 'Notas sobre qué llevarme',
  'print.codeWord': 'Palabra clave',
  'print.leaving': 'Pasos para irme',
  'print.after': 'Después',
  'print.afterNotes': 'Otros pasos para después',

  'resources.title': 'Recursos',
  'resources.intro':
    'En estos servicios te escuchan, te creen y pueden ayudarte a pensar qué hacer. No hace falta que tengas nada claro para llamar.',
  'resources.country': 'País o región',
  'resources.elsewhere': 'Otro lugar',
  'resources.noList':
    'Keel todavía no tiene una lista de partida para donde vives. La ayuda local suele aparecer en tu servicio de salud, en un centro médico o en organizaciones de mujeres o de tu comunidad, y el número de emergencias funciona desde la pantalla de llamada de emergencia de cualquier teléfono, sin desbloquearlo. Los números que añadas aquí se quedan en este dispositivo.',
  'resources.differ':
    'Los números cambian de un país a otro. Añade los de donde vives y quita los que no necesites: tus cambios se mantienen aunque cambies de país.',
  'resources.callLog':
    'Las llamadas y los mensajes pueden quedar en el registro de llamadas, en el historial de mensajes y en la factura. Si alguien puede revisarlos, quizá sea más seguro usar el teléfono de una amiga, uno del trabajo o uno público, y después puedes borrar la llamada o el mensaje.',
  'resources.openFailed': 'Ahora mismo no se han podido abrir tus números guardados.',
  'resources.opening': 'Abriendo…',
  'resources.damaged': {
    one: 'Uno de tus números guardados no se ha podido abrir; puede que se haya dañado en este dispositivo. Se conserva tal como estaba.',
    other:
      '{count} de tus números guardados no se han podido abrir; puede que se hayan dañado en este dispositivo. Se conservan tal como estaban.',
  },
  'resources.other': 'Otros',
  'resources.aNumber': 'Un número',
  'resources.call': 'Llamar al {number}',
  'resources.text': 'Enviar un mensaje al {number}',
  'resources.textWord': 'Enviar {word} al {number}',
  'resources.in': 'En {languages}',
  'resources.edit': 'Editar',
  'resources.editName': 'Editar {name}',
  'resources.editTitle': 'Editar {name}',
  'resources.number': 'número',
  'resources.remove': 'Quitar',
  'resources.removeName': 'Quitar {name}',
  'resources.thisNumber': 'este número',
  'resources.removeQuestion': '¿Quitar {name} de tu lista?',
  'resources.removeStarterQuestion':
    '¿Quitar {name} de tu lista? Puedes volver a ponerlo más adelante.',
  'resources.keepIt': 'Dejarlo',
  'resources.add': 'Añadir un número',
  'resources.putBack': 'Volver a poner la lista de {country}',
  'resources.saved': 'Guardado',
  'resources.field.name': 'Nombre',
  'resources.field.country': 'País',
  'resources.field.call': 'Número para llamar',
  'resources.field.text': 'Número para escribir',
  'resources.field.textBody': 'Palabra que hay que enviar, si la piden',
  'resources.field.note': 'Nota',
  'resources.needName': 'Ponle un nombre, para que puedas encontrarlo después.',
  'resources.needNumber': 'Añade un número para llamar o para escribir.',
  'resources.tooLong':
    '{field} tiene {over} más de lo que Keel puede guardar ({limit}). Todo lo que escribiste sigue aquí; acórtalo y vuelve a guardar.',
  'resources.characters': { one: '{count} carácter', other: '{count} caracteres' },
  'resources.limit.name': 'El nombre',
  'resources.limit.country': 'El país',
  'resources.limit.call': 'El número para llamar',
  'resources.limit.text': 'El número para escribir',
  'resources.limit.textBody': 'La palabra que hay que enviar',
  'resources.limit.note': 'La nota',
  'resources.save': 'Guardar número',
  'resources.cancel': 'Cancelar',
};

export default restEs;
