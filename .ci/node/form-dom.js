// For tests/form_conformance.rs: opens questionnaire forms in headless Debian Chromium with given
// answers in their localStorage (as a respondent reopening the file) and prints, per case, the ids of
// the questions the page shows. Usage: node form-dom.js CASES.json, CASES = [{ page, key, state }].
// Fails on any script error, on a hidden question that is still displayed, and on any request that is
// not for the file itself.
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'];

(async () => {
  const cases = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ARGS });
  const results = [];
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    await context.route('**/*', (route) => {
      const u = route.request().url();
      if (u.startsWith('file://') || u.startsWith('data:') || u.startsWith('blob:')) return route.continue();
      problems.push('external request: ' + u);
      return route.abort();
    });
    for (const c of cases) {
      await page.goto('file://' + path.resolve(c.page));
      await page.evaluate(([key, state]) => localStorage.setItem(key, state), [c.key, c.state]);
      await page.reload();
      const shown = await page.evaluate(() => {
        const boxes = Array.from(document.querySelectorAll('[data-vraag]'));
        const leaking = boxes.filter((b) => b.hidden && getComputedStyle(b).display !== 'none');
        if (leaking.length) throw new Error('hidden but displayed: ' + leaking.map((b) => b.dataset.vraag));
        return boxes.filter((b) => !b.hidden).map((b) => b.dataset.vraag);
      });
      results.push(shown);
    }
    if (problems.length) throw new Error(problems.join('\n'));
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify(results));
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
