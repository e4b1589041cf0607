import type { Problem } from '../../lib/model/messages';
import { backup, campaign, creator, entry, seed } from './dashboard-seed';
import { expect, test } from './fixtures';

/**
 * The dashboard in a marketer's words, at the two sizes and both schemes: flag severities as
 * words, why a comment looks like spam in full, an engagement chart whose axis labels differ
 * when the rate moves by less than a tenth of a point, and the Problems view without storage
 * keys, field paths or the validator's messages.
 */

const PROMO_REASON =
  'posted by @watercolour.deals.official, an account named like a promotion service';

const ann = creator('ann', 12_000, {
  // 3.30% … 3.36%: under a tenth of a point between the lowest and highest visit.
  engagement: [0.033, 0.0332, 0.0336, 0.0331],
  campaigns: [entry('c1')],
});
const verdict = ann.lastReading!.verdict as Record<string, unknown>;
verdict.flags = [
  {
    id: 'followers-outside-range',
    severity: 'high',
    message: 'Followers outside the brief’s range',
    evidence: [],
  },
  {
    id: 'spam-comments',
    severity: 'medium',
    message: 'Some comments look like spam',
    evidence: [],
  },
];
verdict.comments = [
  {
    id: null,
    postId: null,
    author: null,
    text: 'Nice! Check our page for promo',
    label: 'spam',
    reasons: [PROMO_REASON],
    isCreatorReply: false,
  },
];

const problems: Problem[] = [
  {
    id: 'p1',
    key: 'creator:tiktok:newer',
    at: '2026-03-04T10:00:00.000Z',
    error:
      'written by a newer version of Creator Scout (schema 99; this one reads up to 8): update the extension',
    issues: [],
    resolution: 'quarantined',
    raw: { schemaVersion: 99, platform: 'tiktok', handle: 'newer' },
  },
  {
    id: 'p2',
    key: 'campaigns[1]',
    at: '2026-03-05T10:00:00.000Z',
    error: 'invalid campaign',
    issues: [{ path: 'offer.flatFee', message: 'Invalid input: expected number, received string' }],
    resolution: 'quarantined',
    raw: { name: 'Autumn sketchbooks', offer: { flatFee: 'lots' } },
  },
  {
    id: 'p3',
    key: 'creator:instagram:ann',
    at: '2026-03-06T10:00:00.000Z',
    error: 'invalid fields replaced',
    issues: [{ path: 'lastReading.verdict.scores.spamRatio', message: 'Too big: expected <=1' }],
    resolution: 'repaired',
    raw: {},
  },
];

const data = { ...backup([ann], [campaign('c1', 'Spring kit')]), problems };

for (const size of [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`dashboard words at ${size.width}×${size.height} ${scheme}: severities, spam reasons, chart axis, problems`, async ({
      openExtensionPage,
    }, info) => {
      const page = await openExtensionPage('dashboard.html');
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize(size);
      await seed(page, data);
      await page.evaluate(() => (window.location.hash = '#/creator/instagram/ann'));

      // Severities in words; the stored ids only as data.
      const flags = page.getByTestId('scout-flags');
      await expect(flags.locator('[data-severity="high"]')).toContainText('Serious');
      await expect(flags.locator('[data-severity="medium"]')).toContainText('Worth checking');
      const flagText = (await flags.innerText()).toLowerCase();
      expect(flagText).not.toMatch(/\b(high|medium|low|info)\b/);

      // Why a comment looks like spam, whole and wrapped inside its line.
      const evidence = page.getByTestId('scout-evidence');
      await evidence.getByText(/Comments read/).click();
      const comment = evidence.locator('.comment').first();
      await expect(comment).toContainText(PROMO_REASON);
      await expect(comment).not.toContainText('…');
      const clipped = await comment.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
      expect(clipped, 'the comment line is cut at the side').toBe(false);

      // The engagement axis: every tick label different, with the decimals the step needs.
      const chart = page.getByTestId('scout-chart-engagement');
      await expect(chart).toHaveAttribute('data-axis-labels', /"y"/);
      const axes = JSON.parse((await chart.getAttribute('data-axis-labels'))!) as Record<
        string,
        string[]
      >;
      const y = axes.y!;
      expect(y.length).toBeGreaterThan(1);
      expect(new Set(y).size, `y axis labels ${y.join(', ')}`).toBe(y.length);
      for (const label of y) expect(label).toMatch(/^3\.\d{2,}%$/);
      await page.screenshot({
        path: info.outputPath(`creator-${size.width}x${size.height}-${scheme}.png`),
        fullPage: true,
      });

      // Problems: what, where, when and why in words.
      await page.getByTestId('scout-nav-problems').click();
      const list = page.getByTestId('scout-problems');
      await expect(list.locator(':scope > li')).toHaveCount(3);
      await expect(list).toContainText('The record of @newer on TikTok');
      await expect(list).toContainText('written by a newer version of Creator Scout');
      await expect(list).toContainText('Campaign “Autumn sketchbooks”');
      await expect(list).toContainText('flat fee (in offer)');
      await expect(list).toContainText('The record of @ann on Instagram');
      await expect(list).toContainText('Still in use');
      await expect(list.getByRole('link', { name: '@ann' })).toHaveAttribute(
        'href',
        '#/creator/instagram/ann',
      );
      await expect(list).toContainText('Mar 4, 2026');
      const text = await list.innerText();
      for (const internal of [
        'creator:',
        'campaigns[1]',
        'offer.flatFee',
        'spamRatio',
        'quarantined',
        'Invalid input',
        'schema 99',
      ])
        expect(text, internal).not.toContain(internal);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({
        path: info.outputPath(`problems-${size.width}x${size.height}-${scheme}.png`),
        fullPage: true,
      });
    });
  }
}
