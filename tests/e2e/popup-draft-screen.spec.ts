import type { Page } from '@playwright/test';
import { savedPages } from '../../scripts/lib/saved-pages';
import { expect, test } from './fixtures';
import { readSavedTikTok, seedCampaign, seedShortlisted } from './popup-helpers';

/**
 * The popup's draft as a marketer meets it: Copy within the first screen, edits never dropped by a
 * template switch, a template that fits the creator's stage, and the keyboard focus kept.
 */

/** Chromium's toolbar popup is at most 600 px tall; ours is 380 px wide. */
const POPUP = { width: 380, height: 600 };
const SCREENS = [POPUP, { width: 1280, height: 720 }, { width: 390, height: 844 }];

async function openDraft(popup: Page) {
  await seedCampaign(popup);
  await seedShortlisted(popup, readSavedTikTok(savedPages.tiktokProfile));
  await popup.reload();
  await popup.getByRole('button', { name: 'Draft outreach to @illojuan' }).click();
  await expect(popup.getByTestId('scout-draft')).toHaveValue(/ILLOJUAN/);
}

for (const scheme of ['light', 'dark'] as const) {
  for (const size of SCREENS) {
    test(`${size.width}×${size.height} ${scheme}: the draft and its Copy button show without scrolling`, async ({
      openExtensionPage,
    }, info) => {
      const popup = await openExtensionPage('popup.html');
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.setViewportSize(size);
      await openDraft(popup);
      const copy = popup.getByTestId('scout-copy-draft');
      await expect(copy).toBeInViewport({ ratio: 1 });
      await expect(popup.getByTestId('scout-draft')).toBeInViewport({ ratio: 1 });
      expect(await popup.evaluate(() => window.scrollY)).toBe(0);
      await popup.screenshot({
        path: info.outputPath(`popup-draft-${size.width}x${size.height}-${scheme}.png`),
      });
    });
  }
}

test('switching templates keeps the edits of each; switching back brings them back', async ({
  openExtensionPage,
}) => {
  const popup = await openExtensionPage('popup.html');
  await popup.setViewportSize(POPUP);
  await openDraft(popup);
  const draft = popup.getByTestId('scout-draft');
  const template = popup.getByLabel('Template');
  await draft.fill('Hi IlloJuan, my own words for a first contact.');
  await template.selectOption({ label: 'Follow-up' });
  await expect(draft).toHaveValue(/just following up/);
  await expect(
    popup.getByRole('status').filter({ hasText: 'edits to “First contact” are kept' }),
  ).toBeVisible();
  await expect(template.locator('option', { hasText: 'First contact (edited)' })).toHaveCount(1);
  // Edits on the second template are kept too.
  await draft.fill('Hi again, my own follow-up.');
  await template.selectOption({ label: 'First contact (edited)' });
  await expect(draft).toHaveValue('Hi IlloJuan, my own words for a first contact.');
  await template.selectOption({ label: 'Follow-up (edited)' });
  await expect(draft).toHaveValue('Hi again, my own follow-up.');
  // Resetting is the user's explicit choice.
  await popup.getByRole('button', { name: 'Reset to template' }).click();
  await expect(draft).toHaveValue(/just following up/);
});

test('a declined creator starts with a thank-you, never a follow-up; focus stays on the status', async ({
  openExtensionPage,
}) => {
  const popup = await openExtensionPage('popup.html');
  await popup.setViewportSize(POPUP);
  await seedCampaign(popup);
  await seedShortlisted(popup, readSavedTikTok(savedPages.tiktokProfile));
  await popup.reload();
  const status = popup.getByLabel('Pipeline status of @illojuan');
  await status.focus();
  await status.selectOption('declined');
  await expect(status).toHaveValue('declined');
  // Saving the status keeps the keyboard where it was.
  await expect(status).toBeFocused();
  await popup.getByRole('button', { name: 'Draft outreach to @illojuan' }).click();
  await expect(popup.getByLabel('Template')).toHaveValue('builtin-thank-you');
  const draft = popup.getByTestId('scout-draft');
  await expect(draft).toHaveValue(/thank you for letting me know/);
  await expect(draft).not.toHaveValue(/following up/);

  // Signed: no built-in message fits, so none is put in front of the user.
  await popup.getByLabel('Pipeline status of @illojuan').selectOption('signed');
  await popup.getByRole('button', { name: '← Shortlist' }).click();
  await popup.getByRole('button', { name: 'Draft outreach to @illojuan' }).click();
  await expect(popup.getByLabel('Template')).toHaveValue('');
  await expect(draft).toHaveValue('');
  await expect(popup.getByText(/No template is suggested for a creator at “Signed”/)).toBeVisible();
  await expect(popup.getByTestId('scout-copy-draft')).toBeDisabled();
});
