// Drives the workshop page of `samsim serve` in headless Chromium (Debian's /usr/bin/chromium via
// playwright-core) as a facilitator would: load it, move sliders, press Run, wait for the verdict
// table, charts and timeline, keep the result, download the scenario and the report, and see a bad
// value refused with the key named. Nothing may be requested outside the server, and the console
// must stay free of errors and warnings. Screenshots land in OUT_DIR.
// Usage (from the repository root): node serve_browser_test.js SAMSIM_BINARY OUT_DIR
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');
const { requireTool } = require('../../missing_tool.js');

const [samsim, outDir] = process.argv.slice(2);
const CHROMIUM = process.env.SAMSIM_CHROMIUM || '/usr/bin/chromium';
requireTool(fs.existsSync(CHROMIUM), `Chromium (${CHROMIUM})`, 'chromium');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let passed = 0;
let failed = 0;
function check(condition, message) {
  if (condition) passed += 1;
  else {
    failed += 1;
    console.error(`FAIL: ${message}`);
  }
}

// Starts the server on a free loopback port; resolves with its address once it says where it is.
function startServer() {
  const server = spawn(samsim, ['serve', '--port', '0', '--threads', '2', '--out', path.join(outDir, 'runs')],
    { stdio: ['ignore', 'pipe', 'pipe'] });
  let said = '';
  server.stderr.on('data', (d) => process.stderr.write(d));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`samsim serve did not start: ${said}`)), 20000);
    server.stdout.on('data', (d) => {
      said += d;
      const match = said.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (match) {
        clearTimeout(timer);
        check(/loopback only/.test(said), `the start message does not say loopback only: ${said}`);
        resolve({ server, url: match[0], said: () => said });
      }
    });
    server.on('exit', (code) => reject(new Error(`samsim serve exited ${code}: ${said}`)));
  });
}

function inspectCharts() {
  return Array.from(document.querySelectorAll('div.chart')).map((div) => ({
    id: div.id, svgMarks: div.querySelectorAll('svg g.role-mark > *').length,
  }));
}

// The timeline's line of each design (told apart by colour): its points, and those on a week the
// server sent as not observed (null).
function findDrawnGaps(metric) {
  const { state } = window.samsimWorkshop;
  const series = state.timeline.series.find((s) => s.metric === metric);
  const view = state.views.timeline;
  const result = { gapsChecked: 0, points: 0, problems: [] };
  if (!series || !view) return { ...result, problems: [`no timeline of ${metric}`] };
  const x = view.scale('x');
  const color = view.scale('color');
  for (const line of document.querySelectorAll('#timeline svg g.mark-line path')) {
    const paint = String(line.getAttribute('stroke')).toLowerCase();
    const points = series.points.filter((p) => String(color(p.scenario)).toLowerCase() === paint);
    const xs = Array.from((line.getAttribute('d') || '').matchAll(/[ML]\s*(-?[\d.]+(?:e[-+]?\d+)?)/gi), (m) => Number(m[1]));
    result.points += xs.length;
    for (const p of points.filter((q) => q.value === null)) {
      result.gapsChecked += 1;
      if (xs.some((px) => Math.abs(px - x(p.week)) < 0.5)) result.problems.push(`${p.scenario} drawn in week ${p.week}`);
    }
  }
  return result;
}

async function moveSlider(page, key, value) {
  await page.locator(`[data-path="${key}"]`).fill(String(value));
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const { server, url, said } = await startServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, acceptDownloads: true });
    const consoleErrors = [];
    const outside = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') consoleErrors.push(`${msg.type()}: ${msg.text()}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    page.on('request', (request) => {
      if (!request.url().startsWith(url) && !/^(data|blob|about):/.test(request.url())) outside.push(request.url());
    });
    await page.route((u) => !u.href.startsWith(url) && !/^(data|blob|about):/.test(u.href), (route) => route.abort());

    await page.goto(url);
    await page.waitForSelector('[data-path="hub.size"]');
    const controls = await page.$$eval('[data-path]', (xs) => xs.map((x) => x.dataset.path));
    for (const key of ['municipality.staff', 'hub.size', 'hub.cadence_days', 'hub.mandate', 'hub.liaison',
      'hub.visibility', 'hub.membership', 'crisis.enabled', 'crisis.kind', 'crisis.duration_days'])
      check(controls.includes(key), `control ${key} missing (found ${controls})`);
    const title = await page.$eval('[data-path="hub.size"]', (x) => x.parentElement.title);
    check(/Source: 000 §5\.1/.test(title), `hub.size shows no source on hover: ${title}`);
    check(await page.$eval('[data-path="municipality.staff"]', (x) => x.value) === '1500',
      'the organisation does not start at 1,500 staff');
    // The picker says what the design is, and follows a change of design.
    const about = await page.textContent('#design-about');
    check(/^A standing, well-known group of eight staff coordinators/.test(about),
      `the page does not say what coordinator-group is: ${about}`);

    // A shorter run keeps the test quick; the room would keep 460 days. 200 measured days are more
    // than the 120-day horizon, so every headline outcome is observed.
    await moveSlider(page, 'days', 200);
    await moveSlider(page, 'crisis.duration_days', 100);
    await moveSlider(page, 'hub.size', 14);
    await page.fill('#replicates', '6');
    const started = Date.now();
    await page.click('#run');
    await page.waitForSelector('#verdict tbody tr', { timeout: 60000 });
    const firstAnswer = (Date.now() - started) / 1000;
    await page.waitForFunction(() => window.samsimWorkshop.finished >= 1, null, { timeout: 120000 });
    const allDone = (Date.now() - started) / 1000;
    const rows = await page.$$eval('#verdict tbody tr', (trs) => trs.length);
    check(rows >= 7, `verdict table has ${rows} rows`);
    const labels = await page.$$eval('#verdict tbody tr td:first-child', (tds) => tds.map((t) => t.textContent));
    for (const label of ['Cases solved', 'Days to resolve a case', 'Days to resolve a cross-sector case',
      'Critical services kept running', 'Working days over capacity', 'Hours in coordination meetings'])
      check(labels.includes(label), `verdict table lacks the headline outcome ${label}: ${labels}`);
    check(labels.some((l) => /^Days to solve a case.*solved cases only/.test(l)),
      `the solved-only average is not labelled so: ${labels}`);
    check(await page.$$eval('#verdict td.missing', (tds) => tds.length) === 0,
      'an outcome of a 200-day run is shown as not observed');
    // The rule for "better" and "worse", in the report's words.
    check(/^A clear difference: compared on runs with the same random events, its 95 % interval excludes zero and it is at least the smallest difference that matters/.test(
      await page.textContent('#clear-rule')), 'the page does not state the rule for a clear difference');
    const headers = await page.$$eval('#verdict th', (ths) => ths.map((t) => t.textContent));
    check(headers.includes('Edited vs line only'), `verdict table columns: ${headers}`);
    check(/Done: 6 replicates/.test(await page.textContent('#status')), 'status does not say done');
    // Above the verdict: what each of the three compared scenarios is.
    const compared = await page.$$eval('#compared li', (lis) => lis.map((li) => li.textContent));
    check(compared.length === 3 && /^Unedited — A standing, well-known group/.test(compared[0]) &&
      /^Edited — coordinator-group as changed in the room — Members of the group: 14/.test(compared[1]) &&
      /^Line only — The same world with no coordination group/.test(compared[2]),
      `the compared scenarios are not described: ${compared.join(' | ')}`);
    await page.waitForTimeout(4000);  // let the timeline play to its end
    const charts = await page.evaluate(inspectCharts);
    check(charts.length >= 6, `expected at least 6 charts, found ${charts.length}`);
    for (const c of charts) check(c.svgMarks > 0, `chart ${c.id} drew no marks`);
    check(await page.$$eval('#charts p.missing:not([hidden])', (ps) => ps.length) === 0,
      'a chart of a 200-day run says not observed');
    check(/Week \d+ of 40/.test(await page.textContent('#week')), 'the timeline shows no week');
    // Each outcome's paired differences are drawn, green where the table says better, red where worse.
    const disagree = await page.evaluate(() => {
      const problems = [];
      const rows = Array.from(document.querySelectorAll('#verdict tbody tr'));
      window.samsimWorkshop.state.snapshot.metrics.forEach((m, i) => {
        const cells = Array.from(rows[i].querySelectorAll('td')).slice(-2);
        const table = ['better', 'worse'].map((v) => cells.filter((td) => td.classList.contains(v)).length);
        const fills = Array.from(document.querySelectorAll(`#diff-${m.name} svg g.mark-symbol path`)).map((p) => p.getAttribute('fill'));
        const chart = ['#2e7d32', '#c62828'].map((c) => fills.filter((f) => f === c).length);
        if (fills.length !== 2 || table[0] !== chart[0] || table[1] !== chart[1])
          problems.push(`${m.name}: table ${table}, chart ${chart} of ${fills.length} points`);
      });
      return problems;
    });
    check(disagree.length === 0, `difference charts and verdict table disagree: ${disagree.join('; ')}`);
    await page.screenshot({ path: path.join(outDir, 'serve.png'), fullPage: true });
    // Critical services are not observed before the crisis: those weeks are a gap in the timeline.
    await page.selectOption('#timeline-metric', 'service_continuity');
    await page.waitForTimeout(3500);  // the timeline plays again to its end
    const gaps = await page.evaluate(findDrawnGaps, 'service_continuity');
    check(gaps.gapsChecked > 0 && gaps.points > 0, `the timeline has no gap to check: ${JSON.stringify(gaps)}`);
    check(gaps.problems.length === 0, `the timeline draws gaps: ${gaps.problems.slice(0, 5).join('; ')}`);

    await page.click('#keep');
    check(await page.$$eval('#kept .card', (cs) => cs.length) === 1, 'Keep pinned no card');

    const [yaml] = await Promise.all([page.waitForEvent('download'), page.click('#download-yaml')]);
    const yamlText = fs.readFileSync(await yaml.path(), 'utf8');
    check(/size: 14/.test(yamlText) && /name: coordinator-group-edited/.test(yamlText),
      `downloaded scenario is not the edited one: ${yamlText.slice(0, 200)}`);
    const [report] = await Promise.all([page.waitForEvent('download'), page.click('#download-report')]);
    const reportText = fs.readFileSync(await report.path(), 'utf8');
    check(/<svg/.test(reportText) && /Edited vs unedited/.test(reportText), 'downloaded report lacks charts or table');
    check(/Line only<\/b> — The same world with no coordination group/.test(reportText),
      'the downloaded report does not say what the compared scenarios are');
    check(/description: .*as changed in the room/.test(yamlText), 'the downloaded scenario does not say what it is');

    check(consoleErrors.length === 0, `console errors or warnings: ${consoleErrors.join(' | ')}`);
    consoleErrors.length = 0;
    // The run's length bounds the crisis: shortening the run to 40 days moves the crisis start
    // (day 60 in the design) inside it and says so, and warns that 40 days do not show the time to
    // resolution (horizon 120 days).
    await moveSlider(page, 'days', 40);
    const start = Number(await page.$eval('[data-path="crisis.start_day"]', (x) => x.value));
    const length = Number(await page.$eval('[data-path="crisis.duration_days"]', (x) => x.value));
    check(start < 40 && start + length <= 40, `crisis not kept within a 40-day run: start ${start}, length ${length}`);
    const notes = await page.textContent('#run-notes');
    check(/Crisis start moved to day \d+/.test(notes) && /at least 120 days/.test(notes),
      `no note on the moved crisis or the short run: ${notes}`);
    await moveSlider(page, 'days', 200);

    // A value the server cannot take is refused with the key named, and shown on the page (the
    // browser logs the 400 itself; nothing else may appear).
    await page.fill('#replicates', '5000');
    await page.click('#run');
    await page.waitForFunction(() => document.getElementById('error').textContent.length > 0, null, { timeout: 20000 });
    const error = await page.textContent('#error');
    check(/^replicates: expected an integer in \[1, 100\]/.test(error), `error shown: ${error}`);
    await page.screenshot({ path: path.join(outDir, 'serve-error.png') });

    const others = consoleErrors.filter((e) => !/status of 400 \(Bad Request\)/.test(e));
    check(others.length === 0, `console errors or warnings after the bad value: ${others.join(' | ')}`);
    consoleErrors.length = 0;

    // Normal times, a base with no group: the room switches one on; two scenarios, no crisis band.
    await page.selectOption('#design', 'normal/line-only');
    check(/^No coordination group: .* in normal times without a crisis\.$/.test(await page.textContent('#design-about')),
      'the picker does not describe normal/line-only after the change');
    check(!(await page.isChecked('[data-path="crisis.enabled"]')), 'normal/line-only starts with a crisis');
    await page.check('[data-path="hub.enabled"]');
    await moveSlider(page, 'days', 100);
    await page.fill('#replicates', '3');
    await page.click('#run');
    await page.waitForFunction(() => window.samsimWorkshop.finished >= 2, null, { timeout: 120000 });
    const normalHeaders = await page.$$eval('#verdict th', (ths) => ths.map((t) => t.textContent));
    // 100 measured days are fewer than the 120-day horizon: the restricted means are gaps with a
    // reason, in the table and in place of their charts, never 0 or an empty chart.
    const rmstRow = await page.$$eval('#verdict tbody tr', (trs) => trs.map((tr) => tr.textContent)
      .find((t) => t.startsWith('Days to resolve a case')));
    check(/not observed/.test(rmstRow || ''), `days to resolve in a 100-day run: ${rmstRow}`);
    const gap = await page.$eval('#figure-rmst_days p.missing', (p) => (p.hidden ? '' : p.textContent));
    check(/needs a run of at least 120 measured days/.test(gap), `no gap note for days to resolve: ${gap}`);
    check(!normalHeaders.includes('Edited vs line only') && normalHeaders.includes('Edited vs unedited'),
      `normal/line-only verdict columns: ${normalHeaders}`);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: path.join(outDir, 'serve-normal.png'), fullPage: false });

    // Stop ends a run the room no longer wants.
    await page.fill('#replicates', '100');
    await page.click('#run');
    await page.waitForFunction(() => /Running/.test(document.getElementById('status').textContent), null,
      { timeout: 60000 });
    await page.click('#cancel');
    await page.waitForFunction(() => document.getElementById('status').textContent === 'Stopped.', null,
      { timeout: 20000 });
    check(consoleErrors.length === 0, `console errors or warnings in normal times: ${consoleErrors.join(' | ')}`);
    check(outside.length === 0, `requests left the server: ${outside.join(' ')}`);
    console.log(`first verdict after ${firstAnswer.toFixed(1)} s, 6 replicates after ${allDone.toFixed(1)} s; ` +
      `${charts.length} charts; screenshots in ${outDir}`);
  } finally {
    await browser.close();
    // Ctrl-C stops the server cleanly (a run still going ends at its next replicate first).
    const exited = new Promise((resolve) => server.on('exit', (code) => resolve(code)));
    server.kill('SIGINT');
    const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), 60000))]);
    check(code === 0, `samsim serve did not stop cleanly on SIGINT (${code}): ${said()}`);
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(`FAIL: ${error.stack || error}`);
  process.exit(1);
});
