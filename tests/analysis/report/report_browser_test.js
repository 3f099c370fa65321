// Opens the reports `samsim report` writes for the fixture directories in headless Chromium
// (Debian's /usr/bin/chromium driven by playwright-core) and checks what a workshop would see:
// no request leaves the file, every chart draws data marks, the console has no errors or warnings.
// Usage: node report_browser_test.js SAMSIM_BINARY FIXTURES_DIR OUT_DIR
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');

const [samsim, fixtures, outDir] = process.argv.slice(2);
const CHROMIUM = process.env.SAMSIM_CHROMIUM || '/usr/bin/chromium';
// The flags that let Chromium start on a machine with no outside network (docs/report.md).
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
// Each fixture and the sections its report must contain (by heading).
const CASES = [
  { name: 'run', sections: ['Outcomes of the run', 'Over time'], minCharts: 10 },
  { name: 'compare', sections: ['How the designs compare', 'Over time', 'Who works with whom across sectors'],
    minCharts: 6 },
  { name: 'sweep', sections: ['What changes when a setting changes'], minCharts: 6 },
  // Real `samsim compare` output of the current model: many measures, most in collapsed parts.
  { name: 'model', sections: ['How the designs compare', 'Over time', 'Who works with whom across sectors'],
    minCharts: 60, minDetails: 8 },
];

let passed = 0;
let failed = 0;
function check(condition, message) {
  if (condition) {
    passed += 1;
  } else {
    failed += 1;
    console.error(`FAIL: ${message}`);
  }
}

function generate(name) {
  const out = path.join(outDir, `${name}.html`);
  fs.rmSync(out, { force: true });
  const result = spawnSync(samsim, ['report', path.join(fixtures, name), '--out', out], { encoding: 'utf8' });
  check(result.status === 0, `${name}: samsim report exited ${result.status}: ${result.stderr}`);
  return out;
}

// Per chart: data marks (role "mark", not groups) in Vega's scenegraph and in the drawn SVG.
function inspectCharts() {
  const countItems = (node) => {
    if (!node || !node.items) return 0;
    if (node.marktype && node.marktype !== 'group') return node.role === 'mark' ? node.items.length : 0;
    return node.items.reduce((sum, child) => sum + countItems(child), 0);
  };
  return Array.from(document.querySelectorAll('div.chart')).map((div) => {
    const view = window.samsimReport.views[div.id];
    return {
      id: div.id,
      title: div.parentElement.querySelector('h3').textContent,
      sceneItems: view ? countItems(view.scenegraph().root) : -1,
      svgMarks: div.querySelectorAll('svg g.role-mark > *').length,
      width: div.getBoundingClientRect().width,
    };
  });
}

async function checkReport(browser, testCase, file) {
  const page = await browser.newPage({ viewport: { width: 1500, height: 1000 } });
  const consoleErrors = [];
  const outside = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
    // Vega warns when a chart part has nothing to draw (e.g. "Infinite extent"): as bad as an error.
    if (msg.type() === 'warning') consoleErrors.push(`warning: ${msg.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => {
    if (!/^(file|data|blob|about):/.test(request.url())) outside.push(request.url());
  });
  await page.route(/^(?!file:|data:|blob:|about:)/, (route) => route.abort());

  await page.goto(`file://${path.resolve(file)}`);
  await page.waitForFunction(() => window.samsimReport !== undefined, null, { timeout: 30000 });
  const drawn = await page.evaluate(() => window.samsimReport.ready.then(() => 'ok', (e) => String(e)));
  check(drawn === 'ok', `${testCase.name}: charts failed to draw: ${drawn}`);

  // The page opens with the main outcomes and every other group folded away; screenshot that view.
  const details = await page.$$eval('details',
    (ds) => ds.map((d) => ({ open: d.open, title: d.querySelector('summary').textContent })));
  check(details.every((d) => !d.open), `${testCase.name}: a collapsed part starts open`);
  check(details.length >= (testCase.minDetails || 0),
    `${testCase.name}: expected at least ${testCase.minDetails} collapsed parts, found ${details.length}`);
  await page.screenshot({ path: path.join(outDir, `${testCase.name}.png`), fullPage: true });
  // Then open them all, as a facilitator would, so every chart is checked as drawn and visible.
  await page.$$eval('details', (ds) => ds.forEach((d) => { d.open = true; }));

  const headings = await page.$$eval('h2', (hs) => hs.map((h) => h.textContent));
  for (const section of testCase.sections)
    check(headings.includes(section), `${testCase.name}: section '${section}' missing (found ${headings})`);
  const charts = await page.evaluate(inspectCharts);
  check(charts.length >= testCase.minCharts,
    `${testCase.name}: expected at least ${testCase.minCharts} charts, found ${charts.length}`);
  for (const c of charts) {
    check(c.sceneItems > 0, `${testCase.name}: chart '${c.title}' has no data marks in its scenegraph`);
    check(c.svgMarks > 0, `${testCase.name}: chart '${c.title}' drew no SVG marks`);
    check(c.width > 0, `${testCase.name}: chart '${c.title}' is not visible with all parts open`);
  }
  check(consoleErrors.length === 0, `${testCase.name}: console errors or warnings: ${consoleErrors.join(' | ')}`);
  check(outside.length === 0, `${testCase.name}: requests left the file: ${outside.join(' ')}`);

  const shot = path.join(outDir, `${testCase.name}-open.png`);
  await page.screenshot({ path: shot, fullPage: true });
  console.log(`${testCase.name}: ${charts.length} charts drawn, ${details.length} collapsed parts; ` +
    `screenshots ${testCase.name}.png, ${shot}`);
  await page.close();
}

async function main() {
  if (!samsim || !fixtures || !outDir) {
    console.error('usage: node report_browser_test.js SAMSIM_BINARY FIXTURES_DIR OUT_DIR');
    process.exit(2);
  }
  fs.mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  try {
    for (const testCase of CASES) {
      const file = generate(testCase.name);
      if (fs.existsSync(file)) await checkReport(browser, testCase, file);
    }
  } finally {
    await browser.close();
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(`FAIL: ${error.stack || error}`);
  process.exit(1);
});
