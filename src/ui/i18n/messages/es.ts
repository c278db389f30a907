/**
 * Spanish: written for Spanish speakers on both sides of the Atlantic, with tú, in the same
 * calm, plain voice as the English (not a word-for-word copy of it). Words that differ by
 * country (móvil / celular) are avoided where a common one exists ("teléfono").
 */
import type { Catalogue } from './en';
import firstEs from './first.es';
import restEs from './rest.es';

const es: Catalogue = { ...firstEs, ...restEs };
export default es;
