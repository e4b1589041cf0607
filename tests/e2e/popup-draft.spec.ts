import type { BrowserContext } from '@playwright/test';
import { savedPages } from '../../scripts/lib/saved-pages';
import { expect, test } from './fixtures';
import { panel } from './panel';
import { toSnapshot } from '../../lib/rules/snapshot';
import {
  ask,
  createCampaign,
  readSavedTikTok,
  seedCampaign,
  seedShortlisted,
} from './popup-helpers';

/**
 * What the clipboard holds, read the way a user would: pasted with the keyboard into a blank page
 * (an extension page may not read the clipboard without the clipboardRead permission, and
 * Chromium grants no permission to an extension origin from the test side).
 */
async function pasted(context: BrowserContext): Promise<string> {
  const blank = await context.newPage();
  await blank.setContent('<textarea aria-label="paste here"></textarea>');
  const box = blank.locator('textarea');
  await box.focus();
  await blank.keyboard.press('ControlOrMeta+V');
  const text = await box.inputValue();
  await blank.close();
  return text;
}

const POST = 'https://www.tiktok.com/@illojuan/video/7571863205253778710';

test('shortlisted on its page, listed in the popup, drafted with a real post, copied', async ({
  context,
  openSavedPage,
  openExtensionPage,
}) => {
  const setup = await openExtensionPage('popup.html');
  const campaignId = await seedCampaign(setup);

  // The user opens the creator's profile and clicks Shortlist in the panel.
  const page = await openSavedPage(savedPages.tiktokProfile);
  const button = panel(page).part('scout-shortlist');
  await expect(button).toHaveAttribute('data-state', 'idle');
  await button.click();
  await expect(button).toHaveAttribute('data-state', 'done');
  // The panel records the visit (with the posts it read) once the page is quiet.
  await expect
    .poll(async () => {
      const got = await ask(setup, {
        type: 'creator/get',
        key: { platform: 'tiktok', handle: 'illojuan' },
      });
      return got.creator?.lastReading?.postIds?.length ?? 0;
    })
    .toBeGreaterThan(0);

  const popup = await openExtensionPage('popup.html');
  const item = popup.getByTestId('scout-shortlist-item');
  await expect(item).toHaveCount(1);
  await expect(item).toHaveAttribute('data-handle', 'illojuan');
  await expect(item).toHaveAttribute('data-platform', 'tiktok');
  await expect(item).toContainText('IlloJuan');
  await expect(item).toContainText('783.4K followers');
  await expect(item).toContainText('ER');
  await expect(item.getByRole('link', { name: /illojuan/ })).toHaveAttribute(
    'href',
    'https://www.tiktok.com/@illojuan',
  );
  // No picture of the creator is loaded: initials only.
  await expect(popup.locator('img')).toHaveCount(0);

  await item.getByRole('button', { name: 'Draft outreach to @illojuan' }).click();
  const draft = popup.getByTestId('scout-draft');
  await expect(draft).toHaveValue(/IlloJuan/);
  await expect(draft).toHaveValue(new RegExp(POST.replace(/[.?/]/g, '\\$&')));
  await expect(draft).toHaveValue(/Acme Chairs/);
  await expect(draft).toHaveValue(/— Sam|\nSam$/);

  // The code and tracked link were made for this creator and campaign, and stored: the draft
  // shows them only once they are saved.
  await expect(draft).toHaveValue(/ILLOJUAN/);
  await expect(draft).toHaveValue(/utm_content=illojuan/);
  const stored = await ask(setup, {
    type: 'creator/get',
    key: { platform: 'tiktok', handle: 'illojuan' },
  });
  const entry = stored.creator!.campaigns.find((e) => e.campaignId === campaignId)!;
  expect(entry.discountCode).toBe('ILLOJUAN');
  expect(entry.trackingLink).toBe(
    'https://acme.example/chairs?utm_source=influencer&utm_medium=macro&utm_campaign=winter-stream-kit&utm_content=illojuan&utm_term=tiktok',
  );

  // Placeholders nobody can know block the copy until the user fills them.
  const copy = popup.getByTestId('scout-copy-draft');
  await expect(copy).toBeDisabled();
  await expect(popup.getByRole('button', { name: 'Select {topic} in the draft' })).toBeVisible();
  await expect(popup.locator('.draft-preview mark')).toHaveText(['{followingFor}', '{topic}']);
  await popup.getByRole('button', { name: 'Select {followingFor} in the draft' }).click();
  await popup.keyboard.type('for years');
  await expect(copy).toBeDisabled();
  await popup.getByRole('button', { name: 'Select {topic} in the draft' }).click();
  await popup.keyboard.type('gaming');
  await expect(copy).toBeEnabled();
  await expect(popup.locator('.draft-preview')).toHaveCount(0);

  await copy.click();
  await expect(popup.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  const clipboard = await pasted(context);
  expect(clipboard).toBe(await draft.inputValue());
  expect(clipboard).toContain("I've followed you for years");
  expect(clipboard).toContain('your gaming audience');
  expect(clipboard).toContain(POST);
  expect(clipboard).not.toMatch(/\{[A-Za-z]+\}/);

  // Code and link: one click each.
  await popup.getByTestId('scout-copy-code').click();
  expect(await pasted(context)).toBe('ILLOJUAN');
  await popup.getByTestId('scout-copy-link').click();
  expect(await pasted(context)).toBe(entry.trackingLink);
});

test('a sponsored post is never referenced: the gap says why, and copy stays blocked', async ({
  openExtensionPage,
}) => {
  const popup = await openExtensionPage('popup.html');
  // The video page is a paid partnership (#ad with a brand): the only post read.
  await seedShortlisted(popup, readSavedTikTok(savedPages.tiktokVideo));
  await popup.reload();
  await popup.getByRole('button', { name: 'Draft outreach to @illojuan' }).click();
  const draft = popup.getByTestId('scout-draft');
  await expect(draft).toHaveValue(/\{postUrl\}/);
  await expect(draft).not.toHaveValue(/tiktok\.com\/@illojuan\/video/);
  await expect(popup.getByText(/No post to reference/).first()).toBeVisible();
  await expect(popup.getByTestId('scout-copy-draft')).toBeDisabled();
  // Removing the placeholders by hand is allowed: the user decides what is sent.
  await draft.fill('Hi IlloJuan, quick question about a collaboration.');
  await expect(popup.getByTestId('scout-copy-draft')).toBeEnabled();
});

test('a sponsored video visited after the profile: the draft still references a profile post', async ({
  openExtensionPage,
}) => {
  const popup = await openExtensionPage('popup.html');
  await seedCampaign(popup);
  await seedShortlisted(popup, readSavedTikTok(savedPages.tiktokProfile));
  // The last page read is the paid-partnership video: its only post is the sponsored one.
  const video = readSavedTikTok(savedPages.tiktokVideo);
  const at = new Date(Date.now() + 60_000).toISOString();
  await ask(popup, {
    type: 'creator/record-visit',
    reading: video,
    snapshot: toSnapshot(video, null, at),
    verdict: null,
  });
  await popup.reload();
  await popup.getByRole('button', { name: 'Draft outreach to @illojuan' }).click();
  const draft = popup.getByTestId('scout-draft');
  await expect(draft).toHaveValue(/https:\/\/www\.tiktok\.com\/@illojuan\/video\/\d+/);
  await expect(draft).not.toHaveValue(/\{postUrl\}/);
  // The grid did not say the newest video is sponsored; its own page did, and that sticks.
  await expect(draft).not.toHaveValue(new RegExp(POST.replace(/[.?/]/g, '\\$&')));
});

test("a draft in the campaign audience's language, then in another picked by hand, with its phrases in that language", async ({
  openExtensionPage,
}) => {
  const popup = await openExtensionPage('popup.html');
  await createCampaign(popup, {
    name: 'Sillas invierno',
    brief: { name: 'Sillas invierno', brand: 'Acme Chairs', languages: ['es'] },
    startsOn: '2026-01-10',
    endsOn: '2026-01-31',
    offer: { model: 'hybrid', flatFee: 500, commissionPct: 5, currency: 'EUR' },
  });
  await seedShortlisted(popup, readSavedTikTok(savedPages.tiktokProfile));
  await popup.reload();
  await popup.getByRole('button', { name: 'Draft outreach to @illojuan' }).click();

  // The brief's audience speaks Spanish: the built-in text and the offer and dates are Spanish,
  // while the popup around it stays English.
  const language = popup.getByTestId('scout-draft-language');
  const draft = popup.getByTestId('scout-draft');
  await expect(language).toHaveValue('es');
  await expect(draft).toHaveValue(/^¡Hola, IlloJuan!/);
  await expect(draft).toHaveValue(/500 € fijos \+ 5 % de comisión/);
  await expect(draft).toHaveValue(/10–31 de enero de 2026/);
  await expect(popup.getByTestId('scout-copy-draft')).toHaveText('Copy draft');

  await language.selectOption('de');
  await expect(draft).toHaveValue(/^Hallo IlloJuan!/);
  await expect(draft).toHaveValue(/500 € pauschal \+ 5 % Provision/);
  await expect(draft).toHaveValue(/10\.–31\. Januar 2026/);
  await expect(draft).not.toHaveValue(/Hola|fijos/);

  // Edits are the user's: switching language keeps them and says how to get the new language.
  await draft.fill('Hallo IlloJuan, kurze Frage.');
  await language.selectOption('en');
  await expect(draft).toHaveValue('Hallo IlloJuan, kurze Frage.');
  await expect(
    popup.getByRole('status').filter({ hasText: 'writes the draft in English' }),
  ).toBeVisible();
  await popup.getByRole('button', { name: 'Reset to template' }).click();
  await expect(draft).toHaveValue(/^Hi IlloJuan!/);
  await expect(draft).toHaveValue(/€500 flat \+ 5% commission/);
});

test('a template written in Spanish in the dashboard is drafted in Spanish, its phrases too', async ({
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('dashboard.html');
  await seedCampaign(dashboard);
  await seedShortlisted(dashboard, readSavedTikTok(savedPages.tiktokProfile));
  await dashboard.evaluate(() => (window.location.hash = '#/templates'));
  await dashboard.getByRole('button', { name: 'New template' }).click();
  await dashboard.getByLabel('Name', { exact: true }).fill('Corto');
  const language = dashboard.getByTestId('scout-template-language');
  await expect(language).toHaveValue('en');
  await language.selectOption('es');
  await dashboard
    .getByTestId('scout-template-body')
    .fill('Hola {firstName}: {offer} ({campaignDates}).');
  await dashboard.getByRole('button', { name: 'Save template' }).click();
  await expect(dashboard.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  const popup = await openExtensionPage('popup.html');
  await popup.getByRole('button', { name: 'Draft outreach to @illojuan' }).click();
  const draft = popup.getByTestId('scout-draft');
  await expect(popup.getByTestId('scout-draft-language')).toHaveValue('en');
  await popup.getByLabel('Template').selectOption({ label: 'Corto' });
  await expect(popup.getByTestId('scout-draft-language')).toHaveValue('es');
  await expect(draft).toHaveValue(
    'Hola IlloJuan: 500 € fijos + 5 % de comisión (10–31 de enero de 2026).',
  );
});
