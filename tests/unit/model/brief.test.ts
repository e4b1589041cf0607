import { describe, expect, test } from 'vitest';
import { Brief } from '../../../lib/model/brief';

describe('Brief', () => {
  test('accepts the example brief of design.md', () => {
    const brief = {
      name: 'Spring watercolour kit',
      brand: 'Acme Paints',
      product: 'travel watercolour set',
      keywords: ['watercolor', 'painting'],
      hashtags: ['#watercolor'],
      languages: ['en', 'es'],
      countries: ['US', 'MX'],
      competitors: ['Winsor & Newton'],
      excludedTopics: ['gambling'],
      followers: { min: 10000, max: 100000 },
    };
    expect(Brief.parse(brief)).toEqual(brief);
  });

  test('needs a name', () => {
    expect(Brief.safeParse({}).success).toBe(false);
  });

  test('names unknown fields in its error', () => {
    const result = Brief.safeParse({ name: 'x', budget: 5 });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('budget');
  });

  test('rejects a language that is not ISO 639-1', () => {
    expect(Brief.safeParse({ name: 'x', languages: ['english'] }).success).toBe(false);
  });
});
