import { expect, test } from 'vitest';
import { createPanelController, type PanelState } from '../../../lib/panel/controller';
import { createLanguageCache } from '../../../lib/panel/language-cache';
import { memoryArea } from '../../../lib/store/area';
import { storeContext } from '../../../lib/store/context';
import { createStoreServer } from '../../../lib/store/server';
import type { Send } from '../../../lib/panel/store-context';
import { comment, NOW, posts, reading } from '../rules/build';

const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
};

test('comment languages are detected by the background and the panel rescored with them', async () => {
  let ids = 0;
  const server = createStoreServer(
    storeContext(memoryArea(), { now: () => NOW.toISOString(), newId: () => `id${++ids}` }),
  );
  const send = ((request: unknown) => server(request)) as Send;
  const created = await server({
    type: 'campaign/create',
    campaign: {
      name: 'Verano',
      brief: { name: 'Verano', languages: ['es'] },
      startsOn: null,
      endsOn: null,
      offer: null,
      templateIds: [],
      landingUrl: null,
    },
  });
  if (!created.ok) throw new Error(created.error.message);
  await server({
    type: 'campaign/set-active',
    id: (created.data as { campaign: { id: string } }).campaign.id,
  });

  const states: PanelState[] = [];
  const languages = createLanguageCache(send, () => controller.refresh());
  const controller = createPanelController({
    platform: 'instagram',
    send,
    now: () => NOW,
    detectLanguage: languages.detect,
    onChange: (s) => states.push(s),
    setTimer: () => undefined,
    clearTimer: () => undefined,
  });
  const spanish = Array.from({ length: 8 }, (_, i) =>
    comment(
      `Me encanta como pintas el cielo en este video, la luz de la mañana es preciosa ${i}`,
      {},
      i,
    ),
  );
  controller.update(
    reading({ followers: 20_000, posts: posts([900, 1200, 1000]), comments: spanish }),
    true,
  );
  await settle();

  const fit = states.at(-1)!.view.metrics.find((m) => m.testId === 'scout-audience-fit')!;
  const language = fit.evidence.find((line) => line.startsWith('Language:'));
  expect(language).toMatch(/^Language: 100(\.0)?% — 8 of 8 comments and captions in Spanish/);
});
