import { expect, test } from 'vitest';
import { languageHandlers } from '../../../lib/store/handlers/language';

test('lang/detect gives one ISO 639-1 code (or null) per text, in order', async () => {
  const answer = await languageHandlers['lang/detect'](
    {
      type: 'lang/detect',
      texts: [
        'Me encanta este video, la luz de la mañana es preciosa y quiero ir pronto',
        'I love how you painted the sky in this one, the colours are beautiful today',
        '🔥🔥',
      ],
    },
    undefined as never,
  );
  expect(answer.languages).toEqual(['es', 'en', null]);
});
