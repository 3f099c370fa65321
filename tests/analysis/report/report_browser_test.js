// Opens the reports `samsim report` writes for the fixture directories in headless Chromium
// (Debian's /usr/bin/chromium driven by playwright-core) and checks what a workshop would see:
// no request leaves the file, every chart draws data marks, the console has no errors or warnings,
// nothing is wider than the window from 1,024 to 1,920 px, and the design report opens with the
// verdict table (each design's row saying what the design is) and the organisation picture. In the
// Morris and Sobol reports and the design comparisons no text of a chart overlaps or touches another
// or leaves the chart's figure, and no chart reaches into its neighbour, at 1,024, 1,400 and 1,920
// px; differences of shares are ticked in percentage points, not in %.
// Where a design's timeseries.csv cells are all empty on a day (not observed: critical services
// before a crisis, days to resolve before any case is resolved), no line or band of the chart of
// that outcome has a point at that day: the line breaks, it is not drawn at zero.
// Usage: node report_browser_test.js SAMSIM_BINARY FIXTURES_DIR OUT_DIR
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');
const { requireTool } = require('../../missing_tool.js');

const [samsim, fixtures, outDir] = process.argv.slice(2);
const CHROMIUM = process.env.SAMSIM_CHROMIUM || '/usr/bin/chromium';
requireTool(fs.existsSync(CHROMIUM), `Chromium (${CHROMIUM})`, 'chromium');
// The flags that let Chromium start on a machine with no outside network (docs/report.md).
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
// Each fixture and the sections its report must contain (by heading).
const VERDICT = 'What each design trades off';
const ORGANISATION = 'The organisation: who works with whom across sectors';
const SENSITIVITY = 'Which settings matter most';
const CASES = [
  // Five-design-like comparison with the headline outcomes: checked at three window widths.
  // Its crisis share is not observed on the first two days of every design: a gap, not a zero.
  { name: 'designs', sections: [VERDICT, 'The crisis, week by week', ORGANISATION, 'How large are the differences?',
    'Over time'], minCharts: 10, widths: [1024, 1400, 1920], verdictRows: 3, organisation: 3, described: 3,
  gaps: true, textApart: true, textApartSkip: [ORGANISATION] },
  { name: 'run', sections: ['Outcomes of the run', 'Over time'], minCharts: 3, widths: [1024] },
  { name: 'compare', sections: [VERDICT, 'How large are the differences?', 'Over time', ORGANISATION],
    minCharts: 6, widths: [1400], verdictRows: 3, organisation: 3, textApart: true, textApartSkip: [ORGANISATION] },
  { name: 'sweep', sections: ['What changes when a setting changes'], minCharts: 6, widths: [1400] },
  // Sensitivity sweeps (a small real Morris screening of 12 settings, a Sobol sweep of 4), checked
  // for overlapping text; each chart has its ranked table.
  { name: 'morris', sections: [SENSITIVITY], minCharts: 20, widths: [1024, 1400, 1920], textApart: true,
    ranked: 12 },
  { name: 'sobol', sections: [SENSITIVITY], minCharts: 20, widths: [1024, 1400, 1920], textApart: true,
    ranked: 4, warned: 'Too few replicates' },
  // Real `samsim compare` output of the model: many measures, most in collapsed parts.
  { name: 'model', sections: [VERDICT, 'How large are the differences?', 'Over time', ORGANISATION],
    minCharts: 60, minDetails: 8, widths: [1024, 1920], verdictRows: 3, organisation: 3, textApart: true },
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

// From timeseries.csv: metric → design → the days on which every replicate's cell is empty.
function emptyDays(csvFile) {
  const [header, ...lines] = fs.readFileSync(csvFile, 'utf8').trim().split('\n');
  const col = Object.fromEntries(header.split(',').map((name, i) => [name, i]));
  const seen = {};  // metric → design → day → any value?
  for (const line of lines) {
    const cells = line.split(',');
    const byDay = ((seen[cells[col.metric]] ??= {})[cells[col.scenario]] ??= {});
    byDay[cells[col.day]] = byDay[cells[col.day]] === true || cells[col.value].trim() !== '';
  }
  const gaps = {};
  for (const [metric, designs] of Object.entries(seen)) {
    gaps[metric] = {};
    for (const [design, days] of Object.entries(designs))
      gaps[metric][design] = Object.keys(days).filter((d) => !days[d]).map(Number);
  }
  return gaps;
}

// In every chart of an outcome over time (its spec names the outcome in usermeta): the points of
// the lines and bands of each design (told apart by colour), and those that sit on a day the design's
// cells are all empty.
function findDrawnGaps(gaps) {
  const specs = JSON.parse(document.getElementById('samsim-charts').textContent);
  const result = { charts: 0, gapsChecked: 0, points: 0, problems: [] };
  for (const { id, spec } of specs) {
    const metric = spec.usermeta && spec.usermeta.metric;
    if (!metric || !gaps[metric]) continue;
    result.charts += 1;
    const view = window.samsimReport.views[id];
    const x = view.scale('x');
    const color = view.scale('color');
    const title = document.getElementById(id).parentElement.querySelector('h3').textContent;
    for (const path of document.querySelectorAll(`#${id} svg g.mark-line path, #${id} svg g.mark-area path`)) {
      const paint = path.closest('g.mark-line') ? path.getAttribute('stroke') : path.getAttribute('fill');
      const design = Object.keys(gaps[metric]).find((d) => color(d).toLowerCase() === String(paint).toLowerCase());
      if (!design) {
        result.problems.push(`'${title}': a path coloured ${paint} belongs to no design`);
        continue;
      }
      const xs = Array.from((path.getAttribute('d') || '').matchAll(/[ML]\s*(-?[\d.]+(?:e[-+]?\d+)?)/gi), (m) => Number(m[1]));
      result.points += xs.length;
      for (const day of gaps[metric][design]) {
        result.gapsChecked += 1;
        if (xs.some((px) => Math.abs(px - x(day)) < 0.5))
          result.problems.push(`'${title}': ${design} is drawn on day ${day}, where its cells are empty`);
      }
    }
  }
  return result;
}

// Elements wider than the window or reaching past its right edge (page overflow).
function findOverflow() {
  const limit = window.innerWidth + 1;
  const wide = [];
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;  // not displayed (a closed part)
    if (r.width > limit || r.right > limit)
      wide.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${el.className && el.className.baseVal === undefined ? el.className : ''} (${Math.round(r.width)} px, right ${Math.round(r.right)})`);
  }
  return { scrollWidth: document.documentElement.scrollWidth, wide: wide.slice(0, 5) };
}

// Text of a chart that overlaps other text of the same chart or leaves the chart's figure, and
// charts reaching into another figure (a chart covering its neighbour's title or text).
function findCollisions(skipSections) {
  const meets = (a, b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
  const inside = (a, b) => a.left >= b.left - 1 && a.right <= b.right + 1;
  const problems = [];
  const skipped = (f) => {
    const section = f.closest('section');
    const heading = section && section.querySelector('h2');
    return heading !== null && (skipSections || []).includes(heading.textContent);
  };
  const figures = Array.from(document.querySelectorAll('figure'))
    .filter((f) => f.querySelector('div.chart svg') && !skipped(f));
  for (const figure of figures) {
    const title = figure.querySelector('h3').textContent;
    const box = figure.getBoundingClientRect();
    const svg = figure.querySelector('div.chart svg').getBoundingClientRect();
    if (!inside(svg, box)) problems.push(`'${title}': chart ${Math.round(svg.width)} px wide in a figure of ${Math.round(box.width)} px`);
    for (const other of figures)
      if (other !== figure && meets(svg, other.getBoundingClientRect()))
        problems.push(`'${title}': chart reaches into '${other.querySelector('h3').textContent}'`);
    // Vega hides axis labels that would collide (labelOverlap) by making them transparent.
    const shown = (t) => getComputedStyle(t).opacity !== '0' && t.getAttribute('opacity') !== '0' &&
      !(t.parentElement && t.parentElement.getAttribute('opacity') === '0');
    const texts = Array.from(figure.querySelectorAll('div.chart svg text'))
      .filter((t) => t.textContent.trim() !== '' && shown(t))
      .map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }))
      .filter((t) => t.r.width > 0 && t.r.height > 0);
    // Side by side on one line, texts need a gap a reader sees ("1,000 1,500", not "1,0001,500").
    const gap = 3;
    const wider = (r) => ({ left: r.left - gap, right: r.right + gap, top: r.top, bottom: r.bottom });
    for (let i = 0; i < texts.length; i += 1) {
      if (!inside(texts[i].r, box)) problems.push(`'${title}': '${texts[i].text}' runs off the chart`);
      for (let j = i + 1; j < texts.length; j += 1)
        if (meets(wider(texts[i].r), texts[j].r)) problems.push(`'${title}': '${texts[i].text}' overlaps or touches '${texts[j].text}'`);
    }
  }
  return problems;
}

async function checkReport(browser, testCase, file, width) {
  const label = `${testCase.name}@${width}`;
  const page = await browser.newPage({ viewport: { width, height: 1000 } });
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
  check(drawn === 'ok', `${label}: charts failed to draw: ${drawn}`);

  // The first screen: the verdict table with one row per design, the organisation drawn per design.
  if (testCase.verdictRows) {
    const rows = await page.$$eval('table.verdict tbody tr', (trs) => trs.length);
    check(rows === testCase.verdictRows, `${label}: verdict table has ${rows} rows, expected ${testCase.verdictRows}`);
    const sentences = await page.$$eval('ul.sentences li', (lis) => lis.length);
    check(sentences > 0, `${label}: the verdict states no difference or trade-off`);
  }
  // Each design's row says what the design is, readable: lines of words, not one word per line.
  if (testCase.described) {
    const about = await page.$$eval('table.verdict tbody th .about', (spans) => spans.map((s) => ({
      text: s.textContent, width: s.getBoundingClientRect().width, height: s.getBoundingClientRect().height })));
    check(about.length === testCase.described, `${label}: ${about.length} designs say what they are`);
    for (const a of about)
      check(a.text.length > 20 && a.width >= 200 && a.height > 0,
        `${label}: a design's description is not readable (${JSON.stringify(a)})`);
  }
  if (testCase.organisation) {
    const pictures = await page.evaluate((heading) => {
      const section = Array.from(document.querySelectorAll('section')).find((s) => s.querySelector('h2') &&
        s.querySelector('h2').textContent === heading);
      if (!section) return [];
      return Array.from(section.querySelectorAll('div.chart')).map((div) => ({
        circles: div.querySelectorAll('svg g.mark-symbol path').length,
        lines: div.querySelectorAll('svg g.mark-rule line').length,
        height: div.getBoundingClientRect().height,
      }));
    }, ORGANISATION);
    check(pictures.length === testCase.organisation,
      `${label}: ${pictures.length} organisation pictures, expected ${testCase.organisation}`);
    for (const p of pictures)
      check(p.circles > 0 && p.lines > 0 && p.height > 100, `${label}: an organisation picture is not drawn (${JSON.stringify(p)})`);
  }

  // The page opens with the main outcomes and every other group folded away; screenshot that view.
  const details = await page.$$eval('details.more',
    (ds) => ds.map((d) => ({ open: d.open, title: d.querySelector('summary').textContent })));
  check(details.every((d) => !d.open), `${label}: a collapsed part starts open`);
  check(details.length >= (testCase.minDetails || 0),
    `${label}: expected at least ${testCase.minDetails} collapsed parts, found ${details.length}`);
  await page.screenshot({ path: path.join(outDir, `${label}-first-screen.png`) });
  await page.screenshot({ path: path.join(outDir, `${label}.png`), fullPage: true });
  // Then open them all, as a facilitator would, so every chart is checked as drawn and visible.
  await page.$$eval('details', (ds) => ds.forEach((d) => { d.open = true; }));

  const overflow = await page.evaluate(findOverflow);
  check(overflow.scrollWidth <= width && overflow.wide.length === 0,
    `${label}: wider than the window (${overflow.scrollWidth} px): ${overflow.wide.join(', ')}`);
  const headings = await page.$$eval('h2, section > details > summary', (hs) => hs.map((h) => h.textContent));
  for (const section of testCase.sections)
    check(headings.includes(section), `${label}: section '${section}' missing (found ${headings})`);
  const charts = await page.evaluate(inspectCharts);
  check(charts.length >= testCase.minCharts,
    `${label}: expected at least ${testCase.minCharts} charts, found ${charts.length}`);
  // Every chart can be saved as PNG and SVG from its menu.
  const savable = await page.$$eval('div.chart', (divs) => divs.filter((d) =>
    d.querySelector('a[download$=".png"]') && d.querySelector('a[download$=".svg"]')).length);
  check(savable === charts.length, `${label}: ${charts.length - savable} charts cannot be saved as PNG and SVG`);
  for (const c of charts) {
    check(c.sceneItems > 0, `${label}: chart '${c.title}' has no data marks in its scenegraph`);
    check(c.svgMarks > 0, `${label}: chart '${c.title}' drew no SVG marks`);
    check(c.width > 0, `${label}: chart '${c.title}' is not visible with all parts open`);
  }
  if (testCase.gaps) {
    const gaps = emptyDays(path.join(fixtures, testCase.name, 'timeseries.csv'));
    const drawn = await page.evaluate(findDrawnGaps, gaps);
    check(drawn.charts > 0 && drawn.gapsChecked > 0 && drawn.points > 0,
      `${label}: no chart over time with empty cells was checked (${JSON.stringify(drawn)})`);
    check(drawn.problems.length === 0, `${label}: ${drawn.problems.length} gaps drawn: ${drawn.problems.slice(0, 5).join('; ')}`);
  }
  // Differences of shares are in percentage points: their ticks say "+0.05", never "+0.050%".
  const percentDiffs = await page.evaluate(() => Array.from(document.querySelectorAll('section')).filter((sec) =>
    Array.from(sec.querySelectorAll('svg text')).some((t) => t.textContent.includes('(percentage points)')))
    .flatMap((sec) => Array.from(sec.querySelectorAll('svg text')).map((t) => t.textContent))
    .filter((text) => /^[+−-]\d.*%$/.test(text)));
  check(percentDiffs.length === 0, `${label}: difference ticks in % under "percentage points": ${percentDiffs.slice(0, 5)}`);
  if (testCase.textApart) {
    const collisions = await page.evaluate(findCollisions, testCase.textApartSkip || []);
    check(collisions.length === 0, `${label}: ${collisions.length} overlaps: ${collisions.slice(0, 5).join('; ')}`);
  }
  if (testCase.ranked) {
    // Every chart has its ranked table, one row per setting, keys as written in the scenario.
    const tables = await page.$$eval('figure table.ranked', (ts) => ts.map((t) => ({
      rows: t.querySelectorAll('tbody tr').length, key: t.querySelector('tbody code').textContent })));
    check(tables.length === charts.length, `${label}: ${tables.length} ranked tables for ${charts.length} charts`);
    for (const t of tables)
      check(t.rows === testCase.ranked && /^[a-z_]+\.[a-z_.]+$/.test(t.key), `${label}: a ranked table is wrong (${JSON.stringify(t)})`);
  }
  if (testCase.warned) {
    const notes = await page.$$eval('p.note', (ps) => ps.map((p) => p.textContent));
    check(notes.some((n) => n.startsWith(testCase.warned)), `${label}: no note '${testCase.warned}…' (${notes})`);
  }
  check(consoleErrors.length === 0, `${label}: console errors or warnings: ${consoleErrors.join(' | ')}`);
  check(outside.length === 0, `${label}: requests left the file: ${outside.join(' ')}`);

  const shot = path.join(outDir, `${label}-open.png`);
  await page.screenshot({ path: shot, fullPage: true });
  console.log(`${label}: ${charts.length} charts drawn, ${details.length} collapsed parts; screenshots ${label}*.png`);
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
    // SAMSIM_REPORT_CASES=morris,sobol checks only those fixtures (while working on one report).
    const only = (process.env.SAMSIM_REPORT_CASES || '').split(',').filter((n) => n !== '');
    for (const testCase of CASES.filter((c) => only.length === 0 || only.includes(c.name))) {
      const file = generate(testCase.name);
      if (fs.existsSync(file)) for (const width of testCase.widths) await checkReport(browser, testCase, file, width);
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
