import { describe, expect, test } from 'vitest';
import { deriveFirstName } from '../../../lib/outreach/first-name';

describe('deriveFirstName', () => {
  test.each([
    ['Jane Doe', 'Jane'],
    ['Jane', 'Jane'],
    ['Jane Doe 🎨 | Watercolor artist', 'Jane'],
    ['🎨 Jane ✨', 'Jane'],
    ['Jane Doe - painter', 'Jane'],
    ['Jane • Paris', 'Jane'],
    ['Jane Doe Official', 'Jane'],
    ['Official Jane Doe', 'Jane'],
    ["It's Jane", 'Jane'],
    ['Jane @janepaints', 'Jane'],
    ['Jane (she/her)', 'Jane'],
    ['Dr. Jane Smith', 'Jane'],
    ['Chef Marco', 'Marco'],
    ['Zoë Martin', 'Zoë'],
    ['Ólafur Arnalds', 'Ólafur'],
    ['Anne-Marie Dupont', 'Anne-Marie'],
    ["D'Andre Lewis", "D'Andre"],
    ['Mary Jane Watson', 'Mary'],
    ['Александра Петрова', 'Александра'],
    ['محمد علي', 'محمد'],
    ['𝓙𝓪𝓷𝓮 𝓓𝓸𝓮', 'Jane'],
    ['Ｊａｎｅ', 'Jane'],
    ['jane doe', 'jane'],
    ['  Jane\u00A0Doe  ', 'Jane'],
    ['Jane\u200F Doe', 'Jane'],
  ])('%j → %j', (displayName, expected) => {
    expect(deriveFirstName(displayName)).toEqual({ value: expected, reason: null });
  });

  test.each([
    [null, 'no display name'],
    ['', 'no display name'],
    ['🎨✨🌸', 'no letters'],
    ['🇫🇷🇫🇷', 'no letters'],
    ['@janedoe', 'no letters'],
    ['jane_doe99', 'handle'],
    ['jane.doe', 'handle'],
    ['Jane2000', 'handle'],
    ['JANE DOE', 'capitals'],
    ['J. Doe', 'initial'],
    ['Doe, Jane', 'comma'],
    ['Jane’s Kitchen', 'business'],
    ["Jane's Art", 'possessive'],
    ['Acme Studio', 'business'],
    ['Studio Ghibli', 'business'],
    ['Paint Shop Co', 'business'],
    ['山田花子', 'script'],
    ['김민지', 'script'],
    ['Chef', 'title'],
    ['\u202EenaJ\u202C', 'direction overrides'],
    ['Jane\u2066 Doe', 'direction overrides'],
    ['Wolfeschlegelsteinhausenbergerdorff Hubert', 'too long'],
  ])('%j → unsure (%s)', (displayName, reason) => {
    const result = deriveFirstName(displayName);
    expect(result.value).toBeNull();
    expect(result.reason).toContain(reason);
  });
});
