import { afterEach, expect, test } from 'vitest';
import fr from '../../../public/_locales/fr/messages.json';
import { templateName } from '../../../lib/i18n/labels';
import { setMessageSource, substitute, type MessageKey } from '../../../lib/i18n/messages';
import { BUILTIN_TEMPLATES } from '../../../lib/outreach/builtin-templates';

afterEach(() => setMessageSource(null));

test('built-in template names are in the UI language; in English they are the names in code', () => {
  expect(BUILTIN_TEMPLATES.map(templateName)).toEqual(BUILTIN_TEMPLATES.map((tpl) => tpl.name));
  setMessageSource({
    message: (key: MessageKey, args) =>
      Object.hasOwn(fr, key) ? substitute(fr[key as keyof typeof fr], args) : '',
    locale: 'fr-FR',
  });
  const names = BUILTIN_TEMPLATES.map(templateName);
  expect(names).toContain('Premier contact');
  expect(names.filter((n, i) => n === BUILTIN_TEMPLATES[i]!.name)).toEqual([]);
  // A template you wrote keeps the name you gave it, whatever the language.
  expect(templateName({ name: 'Mon modèle', kind: 'custom', builtIn: false })).toBe('Mon modèle');
  expect(templateName({ name: 'First contact', kind: 'first-contact', builtIn: false })).toBe(
    'First contact',
  );
});
