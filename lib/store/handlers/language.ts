import { detectFrancLanguage } from '../../rules/fit/language';
import type { Handlers } from './types';

/** Not stored data: the background also hosts the language detector, kept out of the page's bundle. */
export const languageHandlers: Pick<Handlers, 'lang/detect'> = {
  'lang/detect': async (request) => ({
    languages: request.texts.map((t) => detectFrancLanguage(t)),
  }),
};
