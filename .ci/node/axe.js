// Runs axe-core (WCAG 2.0/2.1 A and AA rules) in headless Debian Chromium on each HTML file given as
// an argument, through playwright-core. Fails on any violation, and on any request that is not for
// the file itself (the report must be self-contained). Used by tests/e2e_html.rs via .ci/run.
'use strict';
const path = require('path');

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function check(browser, file) {
  const page = await browser.newPage();
  const url = 'file://' + path.resolve(file);
  const external = [];
  await page.route('**/*', (route) => {
    const u = route.request().url();
    if (u === url || u.startsWith('data:')) return route.continue();
    external.push(u);
    return route.abort();
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    return await axe.run(document, { runOnly: { type: 'tag', values: tags } });
  }, TAGS);
  await page.close();
  const problems = [];
  for (const v of result.violations) {
    const targets = v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ');
    problems.push(`${file}: ${v.id} (${v.impact}): ${v.help} [${targets}]`);
  }
  for (const u of external) problems.push(`${file}: external request to ${u}`);
  console.log(`${file}: ${result.passes.length} rules passed, ${result.violations.length} violations`);
  return problems;
}


require('./pages')('axe.js', check);
