import { expect, test } from 'vitest';
import type { PipelineStatus } from '../../../lib/model/creator';
import type { Template } from '../../../lib/model/template';
import { BUILTIN_TEMPLATES } from '../../../lib/outreach';
import { defaultTemplateId, draftLanguageFor, templatesFor } from '../../../lib/popup';
import { campaign } from './records';

const mine: Template = {
  id: 'mine',
  name: 'Mine',
  kind: 'custom',
  body: 'Hi {firstName}',
  builtIn: false,
};

test('built-in and stored templates; a stored one replaces the built-in with its id', () => {
  const edited = { ...BUILTIN_TEMPLATES[0]!, body: 'edited', builtIn: false };
  const list = templatesFor([mine, edited], null);
  expect(list.map((t) => t.id)).toEqual([...BUILTIN_TEMPLATES.map((t) => t.id), 'mine']);
  expect(list[0]!.body).toBe('edited');
});

test('the campaign’s choice, in its order; unknown ids are ignored', () => {
  const c = campaign({ templateIds: ['mine', 'gone', 'builtin-follow-up'] });
  expect(templatesFor([mine], c).map((t) => t.id)).toEqual(['mine', 'builtin-follow-up']);
  expect(templatesFor([mine], campaign({ templateIds: ['gone'] }))).toHaveLength(
    BUILTIN_TEMPLATES.length + 1,
  );
});

test.each<[PipelineStatus, string]>([
  ['shortlisted', 'builtin-first-contact'],
  ['contacted', 'builtin-follow-up'],
  ['negotiating', 'builtin-counter-offer'],
  ['live', 'builtin-ambassador'],
  ['reporting', 'builtin-ambassador'],
  ['ambassador', 'builtin-ambassador'],
  // A creator who said no gets a thank-you, never a follow-up pressing again.
  ['declined', 'builtin-thank-you'],
  // No built-in message fits these: the user picks one.
  ['signed', ''],
  ['content-approval', ''],
  ['paused', ''],
])('status %s starts with %s', (status, id) => {
  expect(defaultTemplateId(templatesFor([], null), status)).toBe(id);
});

test('a declined creator never defaults to a follow-up, even when the campaign offers one', () => {
  const offered = templatesFor([], campaign({ templateIds: ['builtin-follow-up'] }));
  expect(defaultTemplateId(offered, 'declined')).toBe('');
  expect(defaultTemplateId(offered, 'contacted')).toBe('builtin-follow-up');
});

test('a kind not offered: the first template while shortlisted; none: empty', () => {
  expect(defaultTemplateId([mine], 'shortlisted')).toBe('mine');
  expect(defaultTemplateId([mine], 'declined')).toBe('');
  expect(defaultTemplateId([], 'shortlisted')).toBe('');
});

test("a draft starts in the UI language unless the brief's audience speaks other languages the extension writes", () => {
  const brief = (languages?: string[]) =>
    campaign({ brief: { name: 'Kit', ...(languages ? { languages } : {}) } });
  expect(draftLanguageFor(null, 'en')).toBe('en');
  expect(draftLanguageFor(brief(), 'de')).toBe('de');
  expect(draftLanguageFor(brief(['es']), 'en')).toBe('es');
  expect(draftLanguageFor(brief(['es', 'en']), 'en')).toBe('en');
  expect(draftLanguageFor(brief(['it', 'pt']), 'en')).toBe('pt');
  expect(draftLanguageFor(brief(['it', 'ja']), 'fr')).toBe('fr');
});
