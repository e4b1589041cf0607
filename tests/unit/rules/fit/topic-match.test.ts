import { describe, expect, test } from 'vitest';
import { topicHit, topicText } from '../../../../lib/rules/fit/topic-match';
import { fold, hashtagsIn } from '../../../../lib/rules/text';

const text = (caption: string) =>
  topicText(
    fold(caption),
    hashtagsIn(caption),
    [...caption.matchAll(/@([\w.]+)/g)].map((m) => m[1]!),
  );

describe('a brand-safety topic is found through its words, in several languages', () => {
  test.each([
    ['gambling', 'Casino night with the girls', 'casino'],
    ['Gambling', 'Mi noche de apuestas 🎰', 'apuestas'],
    ['apuestas', 'Sunday #sportsbook picks', 'sportsbook'],
    ['Glücksspiel', 'Ein Abend im Kasino', 'kasino'],
    ['alcohol', 'Aperitivo con vino 🍷', 'vino'],
    ['alcohol', 'Cold one 🍺', '🍺'],
    ['tobacco', 'Shisha lounge tonight', 'shisha'],
    ['weapons', 'Day at the shooting range', 'shooting range'],
    ['adult content', 'New pics on my OnlyFans 🔞', 'onlyfans'],
    ['politics', 'Go out and vote in the elections', 'elections'],
    ['crypto', 'Why I bought Bitcoin', 'bitcoin'],
    ['religion', 'Sunday at church', 'church'],
  ])('%j in %j: %j', (topic, caption, word) => {
    expect(topicHit(text(caption), topic)).toBe(word);
  });
});

describe('everyday words are not taken for the topic', () => {
  test.each([
    ['gambling', 'Only 2 slots left for commissions'],
    ['gambling', 'My poker face when the paint dries'],
    ['gambling', 'I bet you will love this'],
    ['weapons', 'Hot glue gun crafts'],
    ['adult content', 'The nudes palette, swatched'],
    ['adult content', 'Best #foodporn of the week'],
    ['crypto', 'Nouveau défi : peindre chaque jour'],
    ['politics', 'Vote for your favourite colour'],
    ['drugs', 'Pulling weeds in the garden'],
  ])('%j in %j: nothing', (topic, caption) => {
    expect(topicHit(text(caption), topic)).toBeNull();
  });
});

describe('any other topic is looked for as written', () => {
  test.each([
    ['fast fashion', 'My fast fashion haul', 'fast fashion'],
    ['fast fashion', 'Haul #fastfashion', 'fast fashion'],
    ['energy drinks', 'Thanks @energydrinks.co', 'energy drinks'],
    ['casino', 'Night at the casino', 'casino'],
  ])('%j in %j: %j', (topic, caption, word) => {
    expect(topicHit(text(caption), topic)).toBe(word);
  });

  test('a topic naming no category is not widened', () => {
    expect(topicHit(text('A glass of wine'), 'wine tasting')).toBeNull();
  });
});
