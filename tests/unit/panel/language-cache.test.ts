import { describe, expect, test, vi } from 'vitest';
import { createLanguageCache } from '../../../lib/panel/language-cache';
import type { Send } from '../../../lib/panel/store-context';

const tick = () => new Promise((done) => setTimeout(done, 0));

describe('comment languages from the background', () => {
  test('unknown texts are asked for once, in one batch, and then answered from the cache', async () => {
    const send = vi.fn(async (request: { texts: string[] }) => ({
      ok: true as const,
      data: { languages: request.texts.map((t) => (t.startsWith('hola') ? 'es' : 'en')) },
    }));
    const learned = vi.fn();
    const cache = createLanguageCache(send as unknown as Send, learned);
    expect(cache.detect('hola que tal estas hoy')).toBeNull();
    expect(cache.detect('hello how are you today')).toBeNull();
    await tick();
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]![0]).toEqual({
      type: 'lang/detect',
      texts: ['hola que tal estas hoy', 'hello how are you today'],
    });
    expect(learned).toHaveBeenCalledTimes(1);
    expect(cache.detect('hola que tal estas hoy')).toBe('es');
    expect(cache.detect('hello how are you today')).toBe('en');
    await tick();
    expect(send).toHaveBeenCalledTimes(1);
  });

  test('a background that fails leaves the texts unclear and is not asked again for them', async () => {
    const send = vi.fn(async () => ({
      ok: false as const,
      error: { code: 'unavailable' as const, message: 'gone', issues: [] },
    }));
    const cache = createLanguageCache(send as unknown as Send, () => undefined);
    cache.detect('bonjour tout le monde');
    await tick();
    expect(cache.detect('bonjour tout le monde')).toBeNull();
    await tick();
    expect(send).toHaveBeenCalledTimes(1);
  });
});
