/** Spanish words of app/, ui/ and features/reflect (see es.ts for the voice). */
import type { Part } from './en';
import type shellEn from './shell.en';

const shellEs: Part<typeof shellEn> = {
  'shell.pressShift': {
    one: 'Pulsa Mayús una vez más para salir de esta página.',
    other: 'Pulsa Mayús {count} veces más para salir de esta página.',
  },
  'shell.saved': 'Guardado',
  'shell.gotIt': 'Entendido',
  'shell.loadProblem':
    'Ahora mismo no se han podido abrir algunas de tus entradas. No se ha cambiado nada; volver a cargar la página puede ayudar.',

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

  'reflect.title': 'Reflexionar',
  'reflect.intro':
    'Un lugar tranquilo para mirar cómo van las cosas, a tu ritmo. Nada de lo que hay aquí se comparte, y nada de esto es un juicio.',
  'prompts.heading': 'Ideas para escribir',
  'prompts.intro':
    'Si no sabes por dónde empezar, una pregunta puede ayudarte. Elige el momento que encaje con el tuyo y escribe tanto o tan poco como quieras.',
  'prompts.write': 'Escribir con esta pregunta',
  'prompts.afterContact': 'Después de un contacto',
  'prompts.afterContact.1':
    '¿Qué pasó cuando estuvimos en contacto? Escríbelo tal cual, como si se lo contaras a alguien de confianza.',
  'prompts.afterContact.2': '¿Cómo se sintió mi cuerpo antes, durante y después?',
  'prompts.afterContact.3': '¿Qué esperaba que pasara, y qué pasó en realidad?',
  'prompts.afterContact.4': '¿Qué necesito ahora mismo para sentirme un poco más firme?',
  'prompts.longing': 'Cuando tengo ganas de volver',
  'prompts.longing.1':
    '¿Qué es exactamente lo que añoro ahora mismo: a la persona, o algo que sentía en los mejores momentos?',
  'prompts.longing.2':
    '¿Qué le diría a una persona muy querida que sintiera estas ganas de volver?',
  'prompts.longing.3': '¿Qué pasó la última vez que volví?',
  'prompts.longing.4':
    'Esto que siento es fuerte, y va a pasar. ¿Qué puedo hacer durante la próxima hora?',
  'prompts.boundary': 'Poner un límite',
  'prompts.boundary.1': '¿Qué límite quiero poner, dicho en una frase sencilla?',
  'prompts.boundary.2': '¿Qué estoy protegiendo cuando mantengo este límite?',
  'prompts.boundary.3': '¿Qué podría ponérmelo difícil, y qué haré si pasa?',
  'prompts.boundary.4': '¿Cómo me sentí al mantener un límite, aunque fuera pequeño?',
  'prompts.grief': 'El duelo',
  'prompts.grief.1':
    '¿Qué estoy llorando hoy: a la persona, las esperanzas, el tiempo o el futuro que imaginé?',
  'prompts.grief.2': '¿Puedo permitirme añorar lo bueno sin olvidar lo difícil?',
  'prompts.grief.3': '¿Qué me daría algo de consuelo hoy, aunque fuera poco?',
  'prompts.selfWorth': 'Autoestima',
  'prompts.selfWorth.1':
    'Tres cosas que hice hoy y que me pidieron valor, por pequeñas que fueran.',
  'prompts.selfWorth.2':
    'Algo que me encantaba hacer antes de esta relación. ¿Podría volver a intentarlo?',
  'prompts.selfWorth.3': '¿Qué me diría si me hablara a mí como le hablo a alguien a quien quiero?',
  'prompts.selfWorth.4': '¿Qué quiero, solo para mí?',
  'prompts.people': 'Volver a conectar con la gente',
  'prompts.people.1':
    '¿Con quién me sentía a salvo y podía ser yo? ¿Cómo podría acercarme, aunque fuera un poco?',
  'prompts.people.2': '¿Hay algún grupo, clase o lugar donde pueda conocer gente con calma?',
  'prompts.people.3': '¿Qué me gustaría que alguien de confianza supiera sobre cómo estoy?',
  'prompts.goodDay': 'En un buen día',
  'prompts.goodDay.1': '¿Qué hizo que hoy fuera un buen día? Quiero recordarlo.',
  'prompts.goodDay.2': '¿Qué elegí hoy, con libertad, para mí?',
  'prompts.goodDay.3':
    '¿Qué me ayudó hoy a sentir calma o fuerza, para poder encontrarlo otra vez?',

  'check.heading': 'Revisa cómo estás',
  'check.intro':
    'Son cosas que mucha gente nota cuando una relación le hace daño y, aun así, le cuesta salir de ella. Tómatelas con calma y sáltate las que quieras. No hay respuestas correctas ni puntuación.',
  'check.note':
    'Esto es para tu propia reflexión. No es un test ni un diagnóstico, y nada de lo que hay aquí te dice lo que deberías hacer.',
  'check.people': 'Personas con las que puedes hablar',
  'check.openFailed': 'Ahora mismo no se han podido abrir tus revisiones anteriores.',
  'check.saved': 'Revisión guardada',
  'check.last': 'Tu última revisión fue el {date}.',
  'check.sinceBefore': 'Desde la anterior, del {date}',
  'check.sinceFirst': 'Desde la primera, del {date}',
  'check.again.hint': 'Cuando vuelvas a hacer una revisión otro día, verás aquí qué ha cambiado.',
  'check.again': 'Hacer otra revisión',
  'check.start': 'Empezar una revisión',
  'check.change': 'Cambiar mis últimas respuestas',
  'check.form': 'Revisión',
  'check.safety': 'Tu seguridad',
  'check.safetyHint':
    'Unas pocas más, sobre el peligro. Pueden ser duras de leer. “A veces” puede querer decir que pasó una sola vez, y una vez ya importa. Sáltate las que quieras.',
  'check.save': 'Guardar la revisión',
  'check.cancel': 'Cancelar',
  'check.rating.0': 'Para nada',
  'check.rating.1': 'A veces',
  'check.rating.2': 'A menudo',
  'check.change.rating': '({rating})',
  'check.change.ratings': '({from} → {to})',
  'check.same': 'Tus respuestas fueron las mismas. Darte cuenta de eso también cuenta.',
  'check.eased': 'Esto pesa menos ahora:',
  'check.grown': 'Esto pesa más ahora. Hay rachas difíciles, y está bien que lo hayas notado:',
  'check.othersSame': {
    one: 'Otra afirmación siguió igual.',
    other: '{count} afirmaciones más siguieron igual.',
  },
  'check.noted': 'Lo que señalaste',
  'check.notedNone':
    'No marcaste ninguna de estas como parte de tu vida ahora mismo. Gracias por tomarte el tiempo de mirarlas.',
  'check.inYourWords': 'Con tus propias palabras, dijiste:',
  'check.writtenDown':
    'Verlo por escrito puede ser duro. Darte cuenta ya es un paso, hagas lo que hagas después.',
  'check.aboutSafety': 'Sobre tu seguridad',
  'check.safetySaid': {
    one: 'También dijiste algo que quienes acompañan a otras personas en estas situaciones se toman especialmente en serio. No es una puntuación ni un juicio, y solo tú conoces tu situación.',
    other:
      'También dijiste algunas cosas que quienes acompañan a otras personas en estas situaciones se toman especialmente en serio. No es una puntuación ni un juicio, y solo tú conoces tu situación.',
  },
  'check.ifItHelps':
    'Si te sirve, tu plan de seguridad es un lugar tranquilo para pensar qué harías, y las personas de Recursos pueden hablarlo contigo de forma confidencial. Si ahora mismo estás en peligro, llama al número de emergencias del lugar donde estés.',
  'check.openPlan': 'Abrir tu plan de seguridad',
  'check.seeResources': 'Ver Recursos',

  'sign.s01': 'Siento que no puedo irme, aunque sé que me hace daño.',
  'sign.s02': 'Organizo mis días para que esa persona no se altere.',
  'sign.s03': 'Cuando esa persona está cerca, vivo en tensión, en alerta.',
  'sign.s04': 'Me descubro justificando o defendiendo cómo me trata.',
  'sign.s05': 'Les oculto lo que pasa a mis amistades o a mi familia.',
  'sign.s06': 'Siento que me toca a mí arreglar a esa persona, o arreglar lo nuestro.',
  'sign.s07': 'Me culpo cuando algo va mal en la relación.',
  'sign.s08': 'Me he alejado de personas que me importan, o ellas de mí.',
  'sign.s09': 'Siento que solo esa persona puede darme lo que necesito.',
  'sign.s10': 'Estar sin esa persona es como un ansia que no consigo quitarme de encima.',
  'sign.s11': 'Un pequeño gesto amable de su parte puede hacerme sentir inmensamente feliz.',
  'sign.s12': 'Lo nuestro pasa de muy bien a muy mal una y otra vez.',
  'sign.s13': 'Me ha mentido una y otra vez.',
  'sign.s14': 'He perdido de vista lo que quiero y quién soy.',
  'sign.s15': 'Mis propios límites quedan de lado una y otra vez.',
  'sign.s16': 'Personas que me quieren me han dicho que están preocupadas por mí.',
  'sign.s17': 'Me ha amenazado con matarme, o con matar a alguien cercano a mí.',
  'sign.s17.safety':
    'Quienes ayudan en estas situaciones se toman muy en serio una amenaza de muerte, aunque se dijera con rabia o se retirara después.',
  'sign.s18': 'Me ha apretado el cuello con las manos o me ha estrangulado.',
  'sign.s18.safety':
    'Que te aprieten el cuello o te estrangulen, aunque sea una sola vez y aunque no queden marcas, es una de las señales de alarma más claras que conocen quienes acompañan en estas situaciones. En un centro médico pueden comprobar si hay lesiones que no se ven.',
  'sign.s19': 'Tiene un arma de fuego u otra arma, o me ha amenazado con una.',
  'sign.s19.safety': 'Tener un arma a mano hace más peligroso cualquier momento de rabia.',
  'sign.s20': 'Me sigue, me vigila o aparece donde estoy sin que se lo pida.',
  'sign.s20.safety':
    'Que te sigan, te vigilen o se presenten donde estás es algo serio, y a menudo va a más. Apuntar cada vez que pasa, con la fecha, puede ayudar más adelante.',
  'sign.s21': 'Lo que me hace va a peor, o pasa cada vez más a menudo.',
  'sign.s21.safety':
    'Cuando el daño llega más a menudo o se vuelve más grave, ese cambio importa, y vale la pena hablarlo con alguien que conozca estas situaciones.',
  'sign.s22': 'Ha amenazado con quitarse la vida, por ejemplo si me voy.',
  'sign.s22.safety':
    'Una amenaza de quitarse la vida es algo serio, y también puede ser una forma de retener a alguien. Su seguridad no es algo que te toque cargar en soledad.',
  'sign.s23': 'Ha hecho daño o ha amenazado a mis hijos o a mis mascotas.',
  'sign.s23.safety':
    'El daño o las amenazas a hijos o mascotas se toman muy en serio, y quienes acompañan en estas situaciones también pueden ayudarte a pensar en su seguridad.',

  'reframe.settingHeading': 'Notas amables',
  'reframe.settingLabel': 'Ofrecerme una nota amable después de guardar una entrada',
  'reframe.settingAsk':
    'Keel te lo preguntará la primera vez que note una frase en la que te culpas o en la que se justifica un daño.',
  'reframe.settingHint':
    'Cuando una entrada tiene una frase en la que te culpas o en la que se justifica un daño, puede aparecer a su lado una nota breve con una forma más amable de decirlo. Se calcula solo en este dispositivo.',
  'reframe.askHeading': 'Una nota amable, si quieres',
  'reframe.askText':
    'A veces Keel puede notar una frase en la que quizá cargas con la culpa de lo que hizo otra persona, o le quitas importancia al daño que te hizo. Puede ofrecerte una forma más amable de decirlo. Esto se queda en este dispositivo, y puedes desactivarlo cuando quieras en Reflexionar o en Ajustes.',
  'reframe.yes': 'Sí, mostrar notas amables',
  'reframe.no': 'No, gracias',
  'reframe.heading': 'Una nota amable',
  'reframe.youWrote': 'Escribiste: {quote}',
  'reframe.mightBe': 'Puede que esto sea {phrase}.',
  'reframe.kinder': 'Una frase más amable para probar: {kinder}',
  'reframe.harmDays': 'Aquí están también tus propias palabras de los días más difíciles.',
  'reframe.readHarm': 'Leer mis entradas sobre daños ({count})',
  'reframe.harmHint':
    'Cuando marques una entrada con “{tag}”, podrás volver a encontrar esos días desde aquí.',
  'reframe.hide': 'Ocultar esta nota',
  'reframe.stop': 'Dejar de mostrar estas notas',
};

export default shellEs;
