import { en } from './en';
import { createTranslate } from './translate';

// A new locale is one more dictionary file (typed by `Messages`) and one more entry here.
const translators = { en: createTranslate(en) };
type Locale = keyof typeof translators;
const locale: Locale = 'en';

/** Returns `t(key, params?)`; the one place to switch to a per-user locale later. */
export function useT() {
  return translators[locale];
}
