// A respondent fills in the questionnaire form (regiewijzer formulier) in headless Debian Chromium,
// for tests/e2e_form.rs. Usage: node form-e2e.js FULL.html SHORT.html KINDS.html OUT_DIR.
// On the full form (vvsg-4p): the intake by keyboard alone (hostile text included), a choice that
// makes follow-up questions appear, a number with a bad value fixed, "weet niet", a note, several
// choices, a long text; a reload in between (everything must come back); the actor inventory
// (add by keyboard, a missing required field, edit, remove); then the download. On the short form:
// the intake, one answer, the download. On KINDS (the wizard's test questionnaire, one question of
// each kind): a scale by arrow keys, texts, a record with a number field. Along the way: axe-core (WCAG 2.0/2.1 A+AA) on every state,
// DOM snapshots for the Nu checker, screenshots at 390 and 1280 px. Prints a JSON report: the values
// as the fields hold them (to compare with the session file), the downloaded files, the problems.
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const [full, short, kinds, out] = process.argv.slice(2);
const problems = [];
const report = { typed: {}, files: {}, axe: [], snapshots: [], screenshots: [] };

function check(condition, message) {
  if (!condition) throw new Error('check failed: ' + message);
}

async function axe(page, label) {
  const tag = await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(async (tags) => axe.run(document, {
    runOnly: { type: 'tag', values: tags },
    resultTypes: ['violations'], // much faster on the long page; passes are not reported
  }), TAGS);
  await tag.evaluate((s) => s.remove()); // keep the DOM snapshots the page's own
  for (const v of result.violations) {
    const targets = v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ');
    problems.push(`axe (${label}): ${v.id} (${v.impact}): ${v.help} [${targets}]`);
  }
  report.axe.push(`${label}: ${result.violations.length} violations`);
}

// axe and the Nu checker on every question at once: the test un-hides all steps (a respondent sees
// one step at a time), checks, and hides them again.
async function checkAll(page, label) {
  await page.evaluate(() => document.querySelectorAll('section.stap').forEach((s) => { s.dataset.was = s.hidden; s.hidden = false; }));
  await axe(page, label + ', all steps shown');
  await snapshot(page, label);
  await page.evaluate(() => document.querySelectorAll('section.stap').forEach((s) => { s.hidden = s.dataset.was === 'true'; delete s.dataset.was; }));
}

async function snapshot(page, label) {
  const file = path.join(out, label.replace(/[^a-z0-9]+/gi, '-') + '.dom.html');
  // page.content() serialises the live DOM; the doctype is kept.
  fs.writeFileSync(file, await page.content());
  report.snapshots.push(file);
}

async function shoot(page, name) {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const file = path.join(out, `${name}-${width}.png`);
    await page.screenshot({ path: file, fullPage: width === 390 ? false : true });
    report.screenshots.push(file);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

// Press Tab until `selector` has focus: proof that it is reachable by keyboard, in order.
async function tabTo(page, selector, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement && document.activeElement.matches(s), selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('not reachable by Tab: ' + selector);
}

const box = (page, id) => page.locator(`[data-vraag="${id}"]`);
const isHidden = (page, id) => box(page, id).evaluate((b) => b.hidden);
const focusedId = (page) => page.evaluate(() => document.activeElement && document.activeElement.id);

async function download(page, file) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#downloaden')]);
  const target = path.join(out, file);
  await dl.saveAs(target);
  return { path: target, suggested: dl.suggestedFilename() };
}

const GEMEENTE = 'Lier <script>alert("x")</script> ]] \'\'\' """  مرحبا بكم 🌍';
const NAAM = 'An "de Schepen" O\'Brien \\ ‮omgekeerd';
const NOTITIE = 'Nog na te vragen bij de schepen.\nTweede regel: ]]\t\'\'\' \\n is geen regeleinde \u0007 \u0000 einde';
const DOEL = 'Samen met het OCMW </textarea><script>alert(1)</script>\n\nTweede alinea 🌍 مرحبا [[answers]] # geen commentaar';

async function fullForm(browser) {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  watch(page, context);
  await page.goto('file://' + path.resolve(full));
  await axe(page, 'start');
  await snapshot(page, 'full-empty');

  // Downloading before the intake: nothing is downloaded, the page says what is missing.
  await page.click('a[href="#versturen"]');
  let downloads = 0;
  page.on('download', () => { downloads += 1; });
  await page.click('#downloaden');
  check(await page.locator('#problemen').isVisible(), 'problems shown');
  check((await page.locator('#gemeente-fout').textContent()).includes('gemeente'), 'gemeente error');
  await axe(page, 'download refused');
  await shoot(page, 'versturen-fouten');
  check(downloads === 0, 'no download without gemeente and role');
  await page.click('#problemen a[href="#gemeente"]');
  check(await focusedId(page) === 'gemeente', 'the problem link leads to the field');

  // The intake by keyboard alone.
  await page.goto('file://' + path.resolve(full) + '#over-u');
  await page.evaluate(() => document.activeElement && document.activeElement.blur());
  await tabTo(page, '#gemeente');
  await page.keyboard.type(GEMEENTE);
  await page.keyboard.press('Tab');
  check(await focusedId(page) === 'naam', 'Tab from gemeente to naam');
  await page.keyboard.type(NAAM);
  await page.keyboard.press('Tab');
  check(await focusedId(page) === 'rol', 'Tab from naam to rol');
  await page.keyboard.type('sch');
  check(await page.inputValue('#rol') === 'schepen', 'role chosen by typing');
  await tabTo(page, '#over-u .stapknoppen a.hoofdknop');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#stap-start');
  check(await focusedId(page) === 'stap-start-titel', 'focus on the new step heading');

  // A choice by keyboard: follow-up questions appear.
  check(await isHidden(page, 'start.vte'), 'vte hidden before the answer');
  await tabTo(page, '[data-vraag="start.organisatie"] input[type=radio]');
  await page.keyboard.press('ArrowDown'); // een_persoon
  await page.keyboard.press('ArrowDown'); // dienst
  check(!(await isHidden(page, 'start.vte')), 'vte appears after "dienst"');
  check(!(await isHidden(page, 'start.tijdelijke_financiering')), 'financing question appears');
  await page.waitForFunction(() => document.getElementById('status').textContent.includes('vervolgvragen'));
  report.typed.status = await page.textContent('#status');
  check(await box(page, 'start.organisatie').locator('button.wissen').isVisible(), 'a chosen answer can be cleared');

  // Clearing an answer: the follow-up questions go, focus returns to the options.
  const inwoners = box(page, 'start.inwoners');
  await inwoners.getByLabel('Weet niet', { exact: true }).check();
  await inwoners.locator('button.wissen').click();
  check(await inwoners.locator('input:checked').count() === 0, 'cleared');
  check(await inwoners.locator('button.wissen').isHidden(), 'nothing left to clear');
  check(await page.evaluate(() => document.activeElement.type === 'radio'), 'focus back on the options');

  // A number: out of bounds, not a number, then right.
  await tabTo(page, '[data-vraag="start.vte"] input');
  await page.keyboard.type('500');
  await page.keyboard.press('Tab');
  const vte = box(page, 'start.vte');
  check((await vte.locator('.fout').textContent()).includes('tussen 0 en 200'), 'bounds message');
  check(await vte.locator('input').getAttribute('aria-invalid') === 'true', 'aria-invalid');
  await axe(page, 'number error');
  await shoot(page, 'stap-start');
  await vte.locator('input').fill('2,5');
  await vte.locator('input').dispatchEvent('change');
  check(await vte.locator('.fout').isHidden(), 'error gone');

  // "Weet niet", a note, several choices, a long text.
  await box(page, 'start.tijdelijke_financiering').getByLabel('Weet niet', { exact: true }).check();
  const org = box(page, 'start.organisatie');
  await org.locator('summary').click();
  await org.locator('textarea[id$="-notitie"]').fill(NOTITIE);
  report.typed.notitie = await org.locator('textarea[id$="-notitie"]').inputValue();
  const themas = box(page, 'start.themas');
  await themas.getByLabel('Werk', { exact: true }).check();
  await themas.getByLabel('Taal (Nederlands leren en oefenen)').check();
  // In a multiple choice, "weet niet" excludes the other options, and the other way round.
  await page.click('nav a[href="#stap-context"]');
  const instrumenten = box(page, 'context.instrumenten');
  await instrumenten.locator('input[value="overleg"]').check();
  await instrumenten.locator('input[value="weet_niet"]').check();
  check(!(await instrumenten.locator('input[value="overleg"]').isChecked()), '"weet niet" clears the others');
  await instrumenten.locator('input[value="informatie"]').check();
  check(!(await instrumenten.locator('input[value="weet_niet"]').isChecked()), 'another option clears "weet niet"');
  // "Geen" is marked exclusive in the questionnaire: it stands alone too.
  await instrumenten.locator('input[value="geen"]').check();
  check(!(await instrumenten.locator('input[value="informatie"]').isChecked()), '"geen" clears the others');
  await instrumenten.locator('input[value="overleg"]').check();
  check(!(await instrumenten.locator('input[value="geen"]').isChecked()), 'another option clears "geen"');
  await instrumenten.locator('input[value="informatie"]').check();
  await page.click('nav a[href="#stap-start"]');
  await box(page, 'start.doel').locator('textarea[id$="-invoer"]').fill(DOEL);
  report.typed.doel = await box(page, 'start.doel').locator('textarea[id$="-invoer"]').inputValue();
  report.typed.gemeente = await page.inputValue('#gemeente');
  report.typed.naam = await page.inputValue('#naam');

  // Reload: everything comes back, on the same step.
  await page.reload();
  check(await page.evaluate(() => location.hash) === '#stap-start', 'same step after reload');
  check(await page.locator('#melding').isVisible(), 'restored notice');
  check(await page.inputValue('#gemeente') === report.typed.gemeente, 'gemeente kept');
  check(await page.inputValue('#naam') === report.typed.naam, 'naam kept');
  check(await page.inputValue('#rol') === 'schepen', 'role kept');
  check(await org.getByLabel('Een dienst of team met meerdere medewerkers').isChecked(), 'choice kept');
  check(await vte.locator('input').inputValue() === '2,5', 'number kept');
  check(await org.locator('details').evaluate((d) => d.open), 'note open');
  check(await org.locator('textarea[id$="-notitie"]').inputValue() === report.typed.notitie, 'note kept');
  check(await box(page, 'start.doel').locator('textarea[id$="-invoer"]').inputValue() === report.typed.doel, 'long text kept');
  check(await box(page, 'start.tijdelijke_financiering').getByLabel('Weet niet', { exact: true }).isChecked(), 'weet niet kept');

  // The actor inventory.
  await page.click('nav a[href="#stap-participanten"]');
  const actors = box(page, 'participanten.actoren');
  await tabTo(page, '[data-vraag="participanten.actoren"] button.knop:not(.klein)');
  await page.keyboard.press('Enter');
  check(await page.evaluate(() => document.activeElement.closest('.editor') !== null), 'focus in the editor');
  await page.keyboard.type('CAW "De Terp" <b>Oost</b>');
  const editor = actors.locator('.editor');
  await editor.getByLabel('Soort actor').selectOption('caw');
  await editor.getByLabel('Intern of extern').selectOption('extern');
  await editor.getByLabel('Werkt zelf aan integratie').check();
  await editor.getByLabel('Neemt deel aan de samenwerking?').selectOption('gedeeltelijk');
  await axe(page, 'record editor');
  await checkAll(page, 'full-editor');
  await tabTo(page, '[data-vraag="participanten.actoren"] .editor button.hoofdknop');
  await page.keyboard.press('Enter');
  check(await actors.locator('.items li').count() === 1, 'one record');
  // A second one without its required name: refused, focus on the field.
  await actors.getByRole('button', { name: 'Item toevoegen' }).click();
  await editor.getByLabel('Soort actor').selectOption('vdab');
  await editor.getByRole('button', { name: 'Item bewaren' }).click();
  check((await editor.locator('.fout').textContent()).includes('Naam'), 'required field named');
  check(await page.evaluate(() => document.activeElement.getAttribute('aria-invalid')) === 'true', 'focus on the missing field');
  await shoot(page, 'actoren-fout');
  await editor.getByLabel(/^Naam/).fill('VDAB Lier');
  await editor.getByRole('button', { name: 'Item bewaren' }).click();
  check(await actors.locator('.items li').count() === 2, 'two records');
  // Edit the first, remove the second (the page asks first).
  await actors.locator('.items li').first().getByRole('button', { name: /Bewerken/ }).click();
  await editor.getByLabel(/^Naam/).fill('CAW "De Terp" <b>Oost</b> & West');
  await editor.getByRole('button', { name: 'Item bewaren' }).click();
  page.once('dialog', (d) => d.accept());
  await actors.locator('.items li').nth(1).getByRole('button', { name: /Verwijderen/ }).click();
  check(await actors.locator('.items li').count() === 1, 'one record left');
  report.typed.actor = await actors.locator('.items li').first().locator('.item').textContent();
  await shoot(page, 'actoren');

  // Download.
  await page.click('nav a[href="#versturen"]');
  check((await page.textContent('#samenvatting')).includes('van de'), 'summary');
  const file = await download(page, 'full-session.toml');
  check(await page.locator('#gedownload').isVisible(), 'download confirmed');
  await axe(page, 'downloaded');
  await shoot(page, 'versturen');
  report.files.full = file;

  // Wiping the browser's copy: nothing is left after a reload.
  page.once('dialog', (d) => d.accept());
  await page.click('#wissen');
  await page.reload();
  check(await page.inputValue('#gemeente') === '', 'wiped');
  check(await page.locator('#melding').isHidden(), 'nothing restored');
  await context.close();
}

async function shortForm(browser) {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  watch(page, context);
  await page.goto('file://' + path.resolve(short));
  await axe(page, 'short start');
  await snapshot(page, 'short-empty');
  await page.fill('#gemeente', 'Kortrijk');
  await page.selectOption('#rol', 'partnerorganisatie');
  await page.click('nav a[href="#stap-start"]');
  await box(page, 'start.organisatie').getByLabel('Weet niet', { exact: true }).check();
  await page.click('nav a[href="#versturen"]');
  report.files.short = await download(page, 'short-session.toml');
  await context.close();
}

async function kindsForm(browser) {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  watch(page, context);
  await page.goto('file://' + path.resolve(kinds));
  await page.fill('#gemeente', 'Testgem');
  await page.fill('#naam', 'Tester');
  await page.selectOption('#rol', 'andere');
  await page.click('nav a[href="#stap-start"]');
  await box(page, 'start.thema').locator('input').fill('vrede ]] "x" <i>');
  await page.click('nav a[href="#stap-context"]');
  await tabTo(page, '[data-vraag="context.draagvlak"] input[type=radio]');
  await page.keyboard.press('ArrowRight'); // 2
  await page.keyboard.press('ArrowRight'); // 3
  await page.keyboard.press('ArrowRight'); // 4
  check(await box(page, 'context.draagvlak').getByLabel('4', { exact: true }).isChecked(), 'scale by arrow keys');
  await box(page, 'context.kanalen').getByLabel('Cijfers').check();
  await box(page, 'context.toelichting').locator('textarea[id$="-invoer"]').fill('Regel 1\nRegel 2');
  await page.click('nav a[href="#stap-actoren"]');
  const list = box(page, 'actoren.lijst');
  await list.getByRole('button', { name: 'Item toevoegen' }).click();
  const editor = list.locator('.editor');
  await editor.getByLabel(/^Naam/).fill('OCMW');
  await editor.getByLabel('Soort').selectOption('intern');
  await editor.getByLabel('Mandaat').selectOption('ja');
  await editor.getByLabel('Kennis').check();
  await editor.getByLabel('Aantal mensen').fill('veel');
  await editor.getByRole('button', { name: 'Item bewaren' }).click();
  check((await editor.locator('.fout').textContent()).includes('geen getal'), 'a record number is checked');
  await editor.getByLabel('Aantal mensen').fill('12,5');
  await checkAll(page, 'kinds-editor');
  await shoot(page, 'soorten');
  await editor.getByRole('button', { name: 'Item bewaren' }).click();
  check(await list.locator('.items li').count() === 1, 'record saved');
  await page.click('nav a[href="#versturen"]');
  report.files.kinds = await download(page, 'kinds-session.toml');
  await context.close();
}

// A workshop by mail: three respondents of one gemeente each fill in the full form in their own
// browser and mail back the file; they disagree on two questions (the facilitator's agenda).
const WORKSHOP = [
  { naam: 'Koen Martens', rol: 'schepen', organisatie: 'Eén persoon', ambitie: 'Het integratiebeleid over de hele lijn' },
  { naam: 'Els Van den Broeck', rol: 'integratieambtenaar', organisatie: 'Eén persoon', ambitie: 'Inzetten op één of enkele' },
  { naam: 'Fatima Benali', rol: 'partnerorganisatie', organisatie: 'Een dienst of team', ambitie: 'Inzetten op één of enkele' },
];

async function workshopForms(browser) {
  report.files.workshop = [];
  for (const [i, r] of WORKSHOP.entries()) {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    watch(page, context);
    await page.goto('file://' + path.resolve(full));
    await page.fill('#gemeente', 'Netevelde');
    await page.fill('#naam', r.naam);
    await page.selectOption('#rol', r.rol);
    await page.click('nav a[href="#stap-start"]');
    await box(page, 'start.organisatie').getByLabel(new RegExp('^' + r.organisatie)).check();
    await page.click('nav a[href="#stap-strategie"]');
    await box(page, 'strategie.ambitie').getByLabel(new RegExp('^' + r.ambitie)).check();
    await page.click('nav a[href="#versturen"]');
    report.files.workshop.push(await download(page, `workshop-${i + 1}.toml`));
    await context.close();
  }
}

function watch(page, context) {
  page.on('pageerror', (e) => problems.push('script error: ' + e));
  page.on('console', (m) => { if (m.type() === 'error') problems.push('console: ' + m.text()); });
  context.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith('file://') || u.startsWith('data:') || u.startsWith('blob:')) return route.continue();
    problems.push('external request: ' + u);
    return route.abort();
  });
}

(async () => {
  fs.mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ARGS });
  try {
    await fullForm(browser);
    await shortForm(browser);
    await kindsForm(browser);
    await workshopForms(browser);
  } finally {
    await browser.close();
  }
  report.problems = problems;
  process.stdout.write(JSON.stringify(report, null, 1));
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
