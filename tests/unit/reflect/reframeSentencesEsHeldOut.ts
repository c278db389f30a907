/**
 * Spanish lines held out from tuning: written before any Spanish rule existed, and never
 * used to change one. They measure how the Spanish rules do on lines they were not shaped
 * to. Written for these tests; none comes from a real person. Do not edit to make a test
 * pass: write new lines in reframeSentencesEs.ts instead.
 */
export const HELD_OUT_POSITIVE_ES: readonly string[] = [
  'Todo esto pasó por mi culpa.',
  'La culpa fue toda mía, como siempre.',
  'Yo tengo la culpa de que se pusiera así.',
  'Soy yo la que lo arruina todo.',
  'Lo hice enojar otra vez con mis preguntas.',
  'Yo la provoqué, no tenía que haber dicho nada.',
  'Me lo busqué por contestarle.',
  'Si no hubiera llegado tarde, él no me habría gritado.',
  'Debí quedarme callada.',
  'Me lo merecía.',
  'Me merezco que me trate así.',
  'No lo hizo a propósito.',
  'Él no quería hacerme daño.',
  'Fue el alcohol, él no es así.',
  'Solo me empujó un poco.',
  'Estaba muy estresado por el trabajo, por eso me gritó.',
  'Solo tuvo un mal día.',
  'Es celoso porque me quiere.',
  'Lo hace porque me ama.',
  'Va a cambiar, lo sé.',
];

export const HELD_OUT_ORDINARY_ES: readonly string[] = [
  'No fue mi culpa.',
  'Ya no creo que sea mi culpa.',
  'Él me dijo que todo era mi culpa.',
  '¿Fue mi culpa?',
  'Mi hermana me regaló un libro precioso.',
  'Hoy tuve un mal día en el trabajo, pero cené con amigas.',
  'Mi jefe estaba de mal humor en la reunión.',
  'Me merezco un descanso este fin de semana.',
  'Nos merecemos unas vacaciones.',
  'El perro empujó la puerta y se escapó.',
  'Cambié las sábanas y abrí las ventanas.',
  'Mañana va a llover todo el día.',
  'Lo hice yo sola y me siento orgullosa.',
  'Le pedí a mi madre que me llamara.',
  'Me culpan de todo en casa, y no es justo.',
  'No me lo merecía, nadie se merece eso.',
  'Dejé de pensar que lo hacía por amor.',
  'Mi amiga dice que él no va a cambiar.',
  'La película era sobre un hombre que no sabía lo que hacía.',
  'Caminé una hora por el parque y me sentó bien.',
];
