// The loop both page checks share (axe.js, layout.js): open Debian's Chromium headless, run
// `check(browser, file)` on every file named on the command line (each returns its problems), print
// the problems and exit 1 if there are any, 2 without files.
'use strict';
const { chromium } = require('playwright-core');

module.exports = function checkPages(script, check) {
  (async () => {
    const files = process.argv.slice(2);
    if (files.length === 0) {
      console.error(`usage: node ${script} FILE.html...`);
      process.exit(2);
    }
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    let problems = [];
    try {
      for (const f of files) problems = problems.concat(await check(browser, f));
    } finally {
      await browser.close();
    }
    if (problems.length) {
      console.error(problems.join('\n'));
      process.exit(1);
    }
  })().catch((e) => {
    console.error(e);
    process.exit(1);
  });
};
