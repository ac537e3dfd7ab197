// Layout checks of the HTML report in headless Debian Chromium (through playwright-core), for each
// HTML file given as an argument. Used by tests/e2e_html.rs via .ci/run.
// - Screen, 390 px and 1280 px wide: the page never scrolls sideways
//   (document.documentElement.scrollWidth <= window.innerWidth); a box that scrolls on its own is a
//   labelled, keyboard-reachable region (role=region, aria-label, tabindex=0).
// - Print media at the width of an A4 page's content box (210 mm minus the @page side margins): no
//   element with overflow other than visible clips or scrolls its content, no element sticks out of
//   the page, and page 1 (cover and "Samenvatting voor het college") fits on one A4 page (not checked
//   for a file whose name starts with "lang-" or "vijandig" (the hostile-text fixtures): a
//   300-character gemeente name may take more room; nor
//   for a group report, which opens with its gespreksagenda and has no page 1 of its own).
'use strict';
const path = require('path');

const MM = 96 / 25.4; // CSS px per mm
// Must match @page in templates/stijl.css: margin 15mm 16mm 17mm.
const A4_CONTENT_WIDTH = Math.floor((210 - 2 * 16) * MM);
const A4_CONTENT_HEIGHT = Math.floor((297 - 15 - 17) * MM);
const SCREEN_WIDTHS = [390, 1280];

// In the page: every element that scrolls or clips, or sticks out of the document's width.
function inspect(print) {
  const problems = [];
  const doc = document.documentElement;
  const width = print ? doc.clientWidth : window.innerWidth;
  if (doc.scrollWidth > width) problems.push(`page is ${doc.scrollWidth} px wide in a ${width} px window`);
  const describe = (el) => {
    let s = el.tagName.toLowerCase();
    if (el.id) s += '#' + el.id;
    if (el.classList.length) s += '.' + [...el.classList].join('.');
    const text = (el.textContent || '').trim().slice(0, 40);
    return text ? `${s} ("${text}")` : s;
  };
  for (const el of document.querySelectorAll('body *')) {
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue;
    const clips = cs.overflowX !== 'visible' || cs.overflowY !== 'visible';
    const overflows = el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
    if (clips && overflows) {
      const detail = `${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`;
      if (print) {
        problems.push(`${describe(el)} clips or scrolls its content in print (${detail})`);
      } else if (!(el.getAttribute('role') === 'region' && el.getAttribute('aria-label') && el.tabIndex === 0)) {
        problems.push(`${describe(el)} scrolls (${detail}) but is not a labelled, focusable region`);
      }
    }
    const r = el.getBoundingClientRect();
    if (r.width > 0 && (r.right > width + 1 || r.left < -1) && (print || !el.closest('.tabel'))) {
      problems.push(`${describe(el)} sticks out: ${Math.round(r.left)}..${Math.round(r.right)} of ${width} px`);
    }
  }
  let page1 = null;
  if (print) {
    const s = document.getElementById('samenvatting');
    page1 = s ? s.getBoundingClientRect().bottom + window.scrollY : null;
  }
  return { problems, page1, group: document.getElementById('gespreksagenda') !== null };
}

async function check(browser, file) {
  const url = 'file://' + path.resolve(file);
  const problems = [];
  const page = await browser.newPage();
  for (const w of SCREEN_WIDTHS) {
    await page.setViewportSize({ width: w, height: 900 });
    await page.emulateMedia({ media: 'screen' });
    await page.goto(url, { waitUntil: 'load' });
    const r = await page.evaluate(inspect, false);
    for (const p of r.problems) problems.push(`${file} at ${w} px: ${p}`);
  }
  await page.setViewportSize({ width: A4_CONTENT_WIDTH, height: A4_CONTENT_HEIGHT });
  await page.emulateMedia({ media: 'print' });
  await page.goto(url, { waitUntil: 'load' });
  const r = await page.evaluate(inspect, true);
  for (const p of r.problems) problems.push(`${file} in print: ${p}`);
  if (r.page1 === null) problems.push(`${file}: no #samenvatting`);
  else if (r.page1 > A4_CONTENT_HEIGHT && !r.group && !/^(lang-|vijandig)/.test(path.basename(file))) {
    problems.push(`${file}: page 1 is ${Math.round(r.page1)} px high, one A4 page holds ${A4_CONTENT_HEIGHT} px`);
  }
  await page.close();
  const first = r.group ? 'group report' : `page 1 ${Math.round(r.page1)}/${A4_CONTENT_HEIGHT} px`;
  console.log(`${file}: ${first}, ${problems.length} problems`);
  return problems;
}


require('./pages')('layout.js', check);
