import { expect, test } from './fixtures';
import { panel } from './panel';
import { savedPages } from '../../scripts/lib/saved-pages';

/**
 * The panel on real saved pages, numbers read through data-value. Every expected number was read by
 * hand from the saved page (the comment beside it says where).
 */

const NUMBERS = [
  'scout-followers',
  'scout-engagement-rate',
  'scout-spam-ratio',
  'scout-audience-fit',
] as const;

test('TikTok profile @illojuan: the exact follower count, and what to do for the rest', async ({
  openSavedPage,
}) => {
  const page = await openSavedPage(savedPages.tiktokProfile);
  const scout = panel(page);
  // statsV2.followerCount "783427" in #__UNIVERSAL_DATA_FOR_REHYDRATION__ (the header shows 783.4K).
  await expect(scout.part('scout-followers')).toHaveAttribute('data-value', '783427');
  await expect(scout.part('scout-followers')).toHaveText('783,427');
  // The grid shows views only (no likes), and a profile shows no comments.
  await expect(scout.part('scout-verdict')).toHaveAttribute('data-verdict', 'insufficient-data');
  await expect(scout.part('scout-engagement-rate')).toHaveAttribute('data-value', '');
  await expect(scout.part('scout-spam-ratio')).toHaveAttribute('data-value', '');
  await expect(scout.part('scout-audience-fit')).toHaveAttribute('data-value', '');
  await expect(scout.part('scout-status')).toHaveAttribute('data-status', 'insufficient');
  const advice = scout.part('scout-advice');
  await expect(advice.locator('[data-advice="scroll-posts"]')).toContainText('Scroll down');
  await expect(advice.locator('[data-advice="open-post"]')).toContainText(
    'Open a recent post to read its comments',
  );
  await expect(scout.part('scout-flags')).toHaveAttribute('data-count', '0');
});

test('the evidence behind a number opens from the keyboard and names its source', async ({
  openSavedPage,
}) => {
  const page = await openSavedPage(savedPages.tiktokProfile);
  const scout = panel(page);
  await expect(scout.part('scout-followers')).toHaveAttribute('data-value', '783427');
  const row = scout.host.locator('.metric-head', { has: page.getByTestId('scout-followers') });
  await expect(row).toHaveAttribute('aria-expanded', 'false');
  await row.focus();
  await page.keyboard.press('Enter');
  await expect(row).toHaveAttribute('aria-expanded', 'true');
  const evidence = scout.host.locator(`#${await row.getAttribute('aria-controls')}`);
  await expect(evidence).toBeVisible();
  await expect(evidence).toContainText('783,427 exact, from data embedded in the page');
  // The reader's JSON path is for developers (the CLI's JSON), never on screen.
  await expect(evidence).not.toContainText('statsV2');
  await page.keyboard.press('Space');
  await expect(row).toHaveAttribute('aria-expanded', 'false');
  await expect(evidence).toBeHidden();
});

test('Instagram logged-out profile pluto__travel: followers from the meta description', async ({
  openSavedPage,
}) => {
  const page = await openSavedPage(savedPages.instagramProfile);
  const scout = panel(page);
  // <meta name="description" content="2,362 Followers, 136 Following, 224 Posts - …">
  await expect(scout.part('scout-followers')).toHaveAttribute('data-value', '2362');
  await expect(scout.part('scout-verdict')).toHaveAttribute('data-verdict', 'insufficient-data');
  await expect(scout.part('scout-engagement-rate')).toHaveAttribute('data-value', '');
});

test("Instagram story page: its owner's counts, said to be the owner's", async ({
  openSavedPage,
}) => {
  const page = await openSavedPage(savedPages.instagramStory);
  const scout = panel(page);
  // "2,362 Followers, …" in the page's meta description, which names (@pluto__travel).
  await expect(scout.part('scout-followers')).toHaveAttribute('data-value', '2362');
  await expect(scout.host.locator('.status-detail')).toHaveText(
    "a story: the counts shown are its owner's (@pluto__travel) profile counts; open the profile to measure engagement",
  );
  await expect(scout.part('scout-engagement-rate')).toHaveAttribute('data-value', '');
});

test('Instagram logged-in profile header: the exact count from the title attribute', async ({
  openSavedPage,
}) => {
  const page = await openSavedPage(savedPages.instagramProfileLoggedIn);
  const scout = panel(page);
  // <span title="97,956,738">97.9M</span> followers
  await expect(scout.part('scout-followers')).toHaveAttribute('data-value', '97956738');
});

test('Instagram logged-in reel: the spam ratio and the comments it rests on', async ({
  openSavedPage,
}) => {
  const page = await openSavedPage(savedPages.instagramReelLoggedIn);
  const scout = panel(page);
  // 15 comments in xdt_api__v1__media__media_id__comments__connection, none of them spam: fewer
  // than the 20 needed, so no rate is stated ("not enough comments", never "0.0%").
  const spam = scout.part('scout-spam-ratio');
  await expect(spam).toHaveAttribute('data-value', '');
  await expect(spam).toHaveAttribute('data-basis', '15');
  await expect(spam).toContainText('not enough comments');
  await expect(spam).not.toContainText('0.0%');
  // A post page does not state the author's followers: no rate, and the advice says where to go.
  await expect(scout.part('scout-followers')).toHaveAttribute('data-value', '');
  await expect(scout.part('scout-engagement-rate')).toHaveAttribute('data-value', '');
  const advice = scout.part('scout-advice');
  await expect(advice.locator('[data-advice="load-comments"]')).toContainText('15 of 20 read');
  await expect(advice.locator('[data-advice="open-profile"]')).toContainText(
    "@ninamukhar's profile",
  );
});

test('TikTok video page: engagement by views on the one video', async ({ openSavedPage }) => {
  const page = await openSavedPage(savedPages.tiktokVideo);
  const scout = panel(page);
  // webapp.video-detail statsV2: diggCount "25500", commentCount "146", shareCount "2156",
  // playCount "192100" → (25500 + 146 + 2156) ÷ 192100.
  await expect(scout.part('scout-engagement-rate')).toHaveAttribute('data-value', /\d/);
  expect(await scout.value('scout-engagement-rate')).toBeCloseTo(27802 / 192100, 12);
  await expect(scout.part('scout-engagement-rate')).toHaveAttribute('data-basis', '1');
});

for (const [name, saved, state] of [
  ['log-in wall', savedPages.instagramLoginWall, 'login-wall'],
  ['private account', savedPages.instagramPrivate, 'private'],
  ['account not found', savedPages.instagramNotFound, 'not-found'],
] as const) {
  test(`Instagram ${name}: says so and shows no number`, async ({ openSavedPage }) => {
    const page = await openSavedPage(saved);
    const scout = panel(page);
    await expect(scout.part('scout-status')).toHaveAttribute('data-status', state);
    await expect(scout.part('scout-status')).toContainText("Couldn't read");
    for (const id of NUMBERS) await expect(scout.part(id)).toHaveAttribute('data-value', '');
    await expect(scout.part('scout-flags')).toHaveAttribute('data-count', '');
    // The private page's meta says "1,234 Followers": not shown for a page that cannot be vetted.
    await expect(scout.host.getByText('1,234')).toHaveCount(0);
  });
}
