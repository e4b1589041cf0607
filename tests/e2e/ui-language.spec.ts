import { expect, test } from './fixtures';
import { backup, campaign, creator, entry, handResult, seed } from './dashboard-seed';
import { panel } from './panel';
import { savedPages } from '../../scripts/lib/saved-pages';
import { replayVisit, savedVisits } from '../../scripts/lib/saved-visits';

const data = backup(
  [
    creator('ann', 12_345, {
      engagement: [0.042],
      campaigns: [entry('c1', { status: 'negotiating' })],
    }),
  ],
  [campaign('c1', 'Primavera')],
);

test.describe('in a Spanish browser', () => {
  test.use({ uiLanguage: 'es' });

  test('the vocabulary and the numbers are Spanish', async ({ openExtensionPage }) => {
    await seed(await openExtensionPage('dashboard.html'), data);
    const page = await openExtensionPage('popup.html');
    await page.getByRole('combobox').first().selectOption({ label: 'Primavera' });
    const item = page.getByTestId('scout-shortlist-item').first();
    await expect(item).toContainText('Negociando');
    await expect(item).toContainText('Revisar');
    await expect(item).toContainText('4,2');
    await expect(item).toContainText('por seguidores');
    await expect(item).not.toContainText('Negotiating');
    // Words with what varies put in place by the browser's own i18n (placeholders).
    await expect(item).toContainText(/\d\smil\sseguidores/);
    await expect(item.getByRole('button', { name: 'Redactar mensaje para @ann' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: '1 creador' })).toBeVisible();
    await page.screenshot({ path: 'test-results/ui-language-popup-es.png' });
    // Why a placeholder of the draft is empty, and what to do, in Spanish too.
    await item.getByRole('button', { name: 'Redactar mensaje para @ann' }).click();
    await expect(
      page
        .locator('.draft-gap-why')
        .filter({ hasText: 'Pon tu nombre en los ajustes del panel, o escríbelo.' }),
    ).toBeVisible();
    await page.screenshot({ path: 'test-results/ui-language-draft-es.png' });
  });

  test('a new user is told what to do in Spanish', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('popup.html');
    const empty = page.getByTestId('scout-empty');
    await expect(empty.getByRole('heading')).toHaveText('Tu preselección está vacía');
    await expect(empty).toContainText(
      'Revisa el panel de Creator Scout en la página y pulsa Preseleccionar.',
    );
    await expect(empty).not.toContainText('Shortlist');
  });

  test('the panel on a creator page gives its verdict and counts in Spanish', async ({
    openSavedPage,
  }) => {
    const scout = panel(await openSavedPage(savedPages.tiktokProfile));
    await expect(scout.part('scout-verdict')).toHaveAttribute('data-verdict', 'insufficient-data');
    await expect(scout.part('scout-verdict')).toContainText('Aún no hay datos suficientes');
    // statsV2.followerCount 783427, grouped the Spanish way.
    await expect(scout.part('scout-followers')).toHaveText('783.427');
    // The page status, the advice and the panel's numbers speak Spanish too.
    await expect(scout.part('scout-status')).toContainText('TikTok, perfil:');
    const advice = scout.part('scout-advice');
    await expect(advice.locator('[data-advice="open-post"]')).toContainText(
      'Abre una publicación reciente para leer sus comentarios',
    );
    await expect(scout.host.getByText('Comentarios spam')).toBeVisible();
    await expect(scout.host.getByText('no hay brief de campaña activo')).toBeVisible();
    // The verdict's reasons are the rules' sentences, said in Spanish.
    const why = scout.host.getByRole('list', { name: 'Por qué' });
    await expect(why).toContainText('no se leyó ningún comentario del público');
    await expect(why).not.toContainText('audience comments');
    await scout.host.page().screenshot({ path: 'test-results/ui-language-panel-es.png' });
  });

  test("a reel's comments are judged in Spanish", async ({ openSavedPage }) => {
    const reel = await openSavedPage(savedVisits.instagramReel.page);
    await replayVisit(reel, savedVisits.instagramReel);
    const scout = panel(reel);
    const spam = scout.part('scout-spam-ratio');
    await expect(spam).toHaveAttribute('data-basis', '35');
    await spam.click();
    const evidence = scout.host
      .locator('.metric', { has: reel.getByTestId('scout-spam-ratio') })
      .locator('.evidence');
    // The classifier's reasons, said in Spanish; the comments themselves stay as written.
    await expect(evidence).toContainText(
      'unas palabras de elogio, nada específico de la publicación',
    );
    await expect(evidence).toContainText('de 35 comentarios del público parecen spam');
    await expect(evidence).not.toContainText('a few words of praise');
    await expect(evidence).not.toContainText('emoji only');
    // What could not be read is said in Spanish too, not in the reader's English.
    await expect(scout.host).not.toContainText('a post page does not');
    await reel.screenshot({ path: 'test-results/ui-language-reel-es.png' });
  });
});

test('in an English browser the same creator reads in English', async ({ openExtensionPage }) => {
  await seed(await openExtensionPage('dashboard.html'), data);
  const page = await openExtensionPage('popup.html');
  await page.getByLabel('Active campaign').selectOption({ label: 'Primavera' });
  const item = page.getByTestId('scout-shortlist-item').first();
  await expect(item).toContainText('Negotiating');
  await expect(item).toContainText('Closer look');
  await expect(item).toContainText('4.2%');
  await expect(item).toContainText('by followers');
});

test.describe('in a German browser', () => {
  test.use({ uiLanguage: 'de' });

  test('the settings are German, the thresholds named in words', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('dashboard.html#settings');
    await expect(page.getByRole('heading', { name: 'Einstellungen' })).toBeVisible();
    const skip = page.getByLabel('Spam-Kommentare ab diesem Anteil bedeuten überspringen (%)');
    await expect(skip).toHaveValue('50');
    await expect(page.getByLabel('Stufe 1 von')).toBeVisible();
    // Built-in tiers and benchmark tables by their German names; the marketer may rename them.
    await expect(page.getByLabel('Bezeichnung der Stufe 2')).toHaveValue('Mikro (10K–100K)');
    await expect(page.getByText(/^Richtwert: Faustregel der Methode/)).toBeVisible();
    await expect(page.getByText('Seed rule of thumb')).toHaveCount(0);
    await expect(page.getByTestId('scout-save-settings')).toHaveText('Einstellungen speichern');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: 'test-results/ui-language-settings-de.png' });
  });

  test('a file that is not a backup is refused in German, nothing imported', async ({
    openExtensionPage,
  }) => {
    const page = await openExtensionPage('dashboard.html');
    await seed(page, data);
    await page.getByTestId('scout-import').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{\n  "format": "my-notes",\n  "version": 1\n}\n'),
    });
    const errors = page.getByTestId('scout-import-errors');
    await expect(errors).toContainText('diese JSON-Datei ist keine Creator-Scout-Sicherung');
    await expect(errors).not.toContainText('not a Creator Scout backup');
    await expect(page.getByRole('table')).toContainText('@ann');
  });

  test('the creators table, a creator page and the caption check are German', async ({
    openExtensionPage,
  }) => {
    const page = await openExtensionPage('dashboard.html');
    await seed(page, data);
    const table = page.getByRole('table');
    for (const name of ['Follower', 'Passung', 'Letzter Besuch', 'Urteil'])
      await expect(table.getByRole('columnheader', { name })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'Last visit' })).toHaveCount(0);
    await page.goto(page.url().replace(/#.*$/, '') + '#/creator/instagram/ann');
    await expect(page.getByRole('link', { name: '← Alle Creator' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Profil öffnen' })).toBeVisible();
    const entryBox = page.getByRole('group', { name: 'Primavera' });
    await expect(entryBox.getByRole('button', { name: 'Code erzeugen' })).toBeVisible();
    await entryBox.getByRole('button', { name: 'Code erzeugen' }).click();
    await expect(entryBox.getByRole('textbox', { name: 'Rabattcode' })).toHaveValue('ANN15');
    const check = page.getByTestId('scout-caption-check').first();
    await check.getByTestId('scout-caption-input').fill('Neuer Pinsel! #werbung');
    await expect(check.getByTestId('scout-caption-disclosure')).toContainText(
      'Kennzeichnung „#werbung“ bei Zeichen 15',
    );
    await expect(check).toContainText('Von Hand prüfen');
    await page.screenshot({ path: 'test-results/ui-language-creator-de.png', fullPage: true });
    await page.getByRole('link', { name: 'Kampagnen' }).click();
    await expect(page.getByRole('tab', { name: 'Fortschritt' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await page.getByRole('tab', { name: 'Einrichtung' }).click();
    await expect(page.getByRole('button', { name: 'Details speichern' })).toBeVisible();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: 'test-results/ui-language-campaigns-de.png', fullPage: true });
  });
});

test.describe('in a German browser, a draft for an English-speaking creator', () => {
  test.use({ uiLanguage: 'de' });

  test('starts in German and is written in English on request, the popup staying German', async ({
    openExtensionPage,
  }) => {
    await seed(await openExtensionPage('dashboard.html'), data);
    const popup = await openExtensionPage('popup.html');
    await popup.getByRole('combobox').first().selectOption({ label: 'Primavera' });
    await popup.getByRole('button', { name: 'Nachricht an @ann entwerfen' }).click();
    const language = popup.getByTestId('scout-draft-language');
    const draft = popup.getByTestId('scout-draft');
    await expect(language).toHaveValue('de');
    // Negotiating: the counter-offer, in German.
    await expect(draft).toHaveValue(/^Hallo .*danke für deine Antwort/);
    // The English words come from the extension's own English locale file.
    await language.selectOption('en');
    await expect(draft).toHaveValue(/^Hi .*thanks for getting back to me/);
    await expect(draft).not.toHaveValue(/danke|Kampagne/);
    await expect(popup.getByTestId('scout-copy-draft')).toHaveText('Entwurf kopieren');
    await expect(language.locator('option[value="de"]')).toHaveText('Deutsch');
    await expect(language.locator('option[value="en"]')).toHaveText('English');
  });
});

test.describe('in a German browser, on a reel', () => {
  test.use({ uiLanguage: 'de' });

  test('a flag lists its comments as written, with why each counts in German', async ({
    openSavedPage,
  }) => {
    const reel = await openSavedPage(savedVisits.instagramReel.page);
    await replayVisit(reel, savedVisits.instagramReel);
    const scout = panel(reel);
    await expect(scout.part('scout-spam-ratio')).toHaveAttribute('data-basis', '35');
    const flag = scout.part('scout-flags').locator('[data-flag="generic-comments"]');
    await flag.getByRole('button').click();
    // A long German word wraps inside the panel; the severity badge stays one line high.
    const head = flag.locator('.flag-head');
    expect(await head.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    expect((await flag.locator('.sev').boundingBox())!.height).toBeLessThan(24);
    const evidence = flag.locator('.evidence');
    await expect(evidence).toBeVisible();
    await expect(evidence).toContainText('nichts Spezifisches zum Beitrag');
    await expect(evidence).not.toContainText('a few words of praise');
    await expect(evidence).not.toContainText('emoji only');
    await reel.screenshot({ path: 'test-results/ui-language-reel-flag-de.png' });
  });
});

test.describe('in a French browser', () => {
  test.use({ uiLanguage: 'fr' });

  test('the dashboard, the campaign plan and the offer are French', async ({
    openExtensionPage,
  }) => {
    const page = await openExtensionPage('dashboard.html');
    await seed(page, data);
    const nav = page.getByRole('navigation', { name: 'Vues du tableau de bord' });
    await expect(nav.getByRole('link', { name: 'Campagnes' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Créateurs' })).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Tableau des créateurs, 1 ligne' }),
    ).toBeVisible();
    await nav.getByRole('link', { name: 'Campagnes' }).click();
    // A campaign with a creator in it opens on its progress; the plan and the offer are set up.
    await expect(page.getByRole('tab', { name: 'Avancement' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await page.getByRole('tab', { name: 'Paramétrage' }).click();
    const editor = page.getByTestId('scout-plan-editor');
    await expect(page.getByRole('group', { name: 'Plan', exact: true })).toBeVisible();
    await expect(editor.getByTestId('scout-plan-objective')).toContainText('Ventes');
    await editor.getByTestId('scout-plan-total').fill('20000');
    await editor.getByTestId('scout-plan-template').click();
    await expect(editor.getByLabel('Paiements des créateurs (cachets)')).toHaveValue('12000');
    await editor.getByLabel('Outils').fill('1500');
    // Numbers in the French way: a narrow no-break space between thousands.
    await expect(editor.getByTestId('scout-plan-lines-gap')).toHaveText(
      /^Les lignes totalisent 20\s500, le total est 20\s000\.$/,
    );
    const offer = page.getByTestId('scout-offer-builder');
    await offer.getByTestId('scout-offer-model').selectOption('flat');
    await offer.getByTestId('scout-offer-flatFee').fill('500');
    await expect(offer.getByTestId('scout-offer-example')).toContainText(
      'quelles que soient les ventes',
    );
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: 'test-results/ui-language-campaign-fr.png', fullPage: true });
  });

  test('the results, their import and the deliverables are French', async ({
    openExtensionPage,
  }) => {
    const page = await openExtensionPage('dashboard.html');
    await seed(
      page,
      backup(
        [
          creator('ann', 12_345, {
            campaigns: [
              entry('c1', {
                status: 'live',
                results: handResult({
                  impressions: 18_000,
                  clicks: 900,
                  conversions: 60,
                  revenue: 6000,
                  paymentOverride: 800,
                }),
              }),
            ],
          }),
        ],
        [campaign('c1', 'Primavera')],
      ),
    );
    await page.getByTestId('scout-nav-results').click();
    const table = page.getByRole('region', { name: 'Résultats par créateur' });
    await expect(
      table.getByRole('columnheader', { name: 'Chiffre d’affaires (USD)' }),
    ).toBeVisible();
    await expect(table.getByTestId('scout-result-group')).toHaveText('en tête');
    // Ratios the French way: a decimal comma, a space before the percent sign.
    await expect(page.getByTestId('scout-total-roas')).toHaveText('7,50×');
    await expect(table.getByRole('cell', { name: /^5,00\s%$/ })).toBeVisible();
    await expect(table.getByTestId('scout-payment')).toContainText('saisi à la main');
    await expect(
      page.getByRole('heading', { name: 'Importer des résultats depuis un CSV' }),
    ).toBeVisible();
    await page.getByTestId('scout-results-import').setInputFiles({
      name: 'orders.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Discount code,Orders,Sales\nNOBODY,3,90\n'),
    });
    await expect(page.getByText('(devinées : vérifiez-les)')).toBeVisible();
    await page.getByTestId('scout-results-import-run').click();
    await expect(page.getByTestId('scout-unmatched-rows')).toContainText(
      'ligne 2 : ne correspond à aucun créateur de cette campagne',
    );
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: 'test-results/ui-language-results-fr.png', fullPage: true });
    await page
      .getByRole('navigation', { name: 'Vues du tableau de bord' })
      .getByRole('link', { name: 'Campagnes' })
      .click();
    await expect(page.getByText('Ajouter une publication à la main')).toBeVisible();
    await expect(
      page.getByText('Pas encore de livrable. Ouvrez une publication', { exact: false }),
    ).toBeVisible();
  });
});
