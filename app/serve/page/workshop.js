// The workshop page: controls from /api/setup, a streamed run from /api/run (server-sent events
// read from a fetch response), the verdict table, headline charts, a crisis timeline that plays
// week by week, kept variants and downloads. Talks only to the server it came from.
'use strict';
(function () {
  const $ = (id) => document.getElementById(id);
  const ROLE_LABEL = { unedited: 'Unedited', edited: 'Edited', 'line-only': 'Line only' };
  const COLORS = { unedited: '#7f7f7f', edited: '#1f6feb', 'line-only': '#d9822b' };
  const state = { setup: null, design: null, running: null, snapshot: null, request: null, kept: [],
    views: {}, timeline: null, week: 0, timer: null };
  // For the browser test: resolves each time a run has finished drawing.
  window.samsimWorkshop = { state: state, finished: 0 };

  function fmt(v) {
    if (v === null || v === undefined || !isFinite(v)) return '–';
    const a = Math.abs(v);
    if (a >= 1000) return Math.round(v).toLocaleString('en');
    if (a >= 100) return v.toFixed(0);
    if (a >= 10) return v.toFixed(1);
    if (a >= 1) return v.toFixed(2);
    return v.toPrecision(2);
  }
  const signed = (v) => (v > 0 ? '+' : '') + fmt(v);
  const missing = (v) => v === null || v === undefined || !isFinite(v);
  // A value in the outcome's unit: shares as percentages, differences of shares in points.
  function inUnit(m, v, diff) {
    if (missing(v)) return '–';
    if (m.unit === 'share') return (diff && v > 0 ? '+' : '') + fmt(100 * v) + (diff ? ' pp' : ' %');
    const text = diff ? signed(v) : fmt(v);
    return text + (m.unit === 'days' ? ' days' : m.unit === 'hours' ? ' h' : '');
  }
  // Solved-only averages say so wherever they appear.
  function metricLabel(m) {
    return m.solved_only && !/solved cases only/.test(m.label) ? `${m.label} (solved cases only)` : m.label;
  }
  // Why an outcome has no value yet: a restricted mean needs a run at least as long as its horizon.
  function missingNote(m, world) {
    if (/rmst_days$/.test(m.name) && world && world.days < world.horizon_days)
      return `Not observed: needs a run of at least ${world.horizon_days} measured days (the horizon); ` +
        `this run has ${world.days}. Choose a longer run.`;
    return 'Not observed in this run' + (m.censoring ? ': ' + m.censoring : '.');
  }
  const esc = (t) => String(t).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));

  // ---- controls -------------------------------------------------------------------------
  function controlElement(c) {
    const title = `${c.doc}. Allowed: ${c.range}${c.unit ? ' ' + c.unit : ''}. Source: ${c.source}.`;
    const wrap = document.createElement('label');
    wrap.title = title;
    let input;
    if (c.type === 'boolean') {
      wrap.className = 'switch';
      input = document.createElement('input');
      input.type = 'checkbox';
      wrap.append(input, document.createTextNode(c.label));
    } else if (c.choices && c.choices.length) {
      wrap.className = 'control';
      input = document.createElement('select');
      for (const choice of c.choices) input.add(new Option(choice, choice));
      wrap.append(document.createTextNode(c.label + ' '), input);
    } else {
      wrap.className = 'control';
      input = document.createElement('input');
      input.type = 'range';
      input.min = c.low; input.max = c.high; input.step = c.step;
      const out = document.createElement('output');
      const unit = document.createElement('span');
      unit.className = 'unit';
      unit.textContent = c.unit ? ' ' + c.unit : '';
      const show = () => {
        const v = Number(input.value);
        out.textContent = c.type === 'integer' ? v.toLocaleString('en') : fmt(v);
      };
      input.addEventListener('input', show);
      wrap.append(document.createTextNode(c.label), out, unit, input);
      input.showValue = show;
    }
    input.dataset.path = c.path;
    input.control = c;
    return { wrap, input };
  }

  function readValue(input) {
    const c = input.control;
    if (c.type === 'boolean') return input.checked;
    if (c.choices && c.choices.length) return input.value;
    return c.type === 'integer' ? parseInt(input.value, 10) : Number(input.value);
  }

  function setValue(input, value) {
    if (input.control.type === 'boolean') input.checked = !!value;
    else input.value = value;
    if (input.showValue) input.showValue();
  }

  function inputs() { return Array.from(document.querySelectorAll('[data-path]')); }

  // Settings that mean nothing while their switch is off are greyed out (still sent, still valid).
  function greyOut() {
    const on = (path) => { const x = document.querySelector(`[data-path="${path}"]`); return !x || x.checked; };
    for (const input of inputs()) {
      const path = input.dataset.path;
      const group = path.startsWith('crisis.') && path !== 'crisis.enabled' ? 'crisis.enabled'
        : path.startsWith('hub.') && path !== 'hub.enabled' ? 'hub.enabled' : null;
      input.disabled = group !== null && !on(group);
    }
  }

  const control = (path) => document.querySelector(`[data-path="${path}"]`);
  // The crisis must start on a measured day and end by the last one: its sliders stop at the run's
  // length, and a value that no longer fits is moved inside with a note saying so.
  function fitCrisis() {
    const days = control('days'), start = control('crisis.start_day'), length = control('crisis.duration_days');
    const notes = [];
    if (days && start && length) {
      const n = readValue(days);
      const before = { start: readValue(start), length: readValue(length) };
      start.max = Math.max(Number(start.control.low), Math.min(Number(start.control.high), n - 1));
      setValue(start, Math.min(before.start, Number(start.max)));
      const room = n - readValue(start);
      length.max = Math.max(Number(length.control.low), Math.min(Number(length.control.high), room));
      setValue(length, Math.min(before.length, Number(length.max)));
      const crisisOn = !control('crisis.enabled') || control('crisis.enabled').checked;
      if (crisisOn && readValue(start) !== before.start)
        notes.push(`Crisis start moved to day ${readValue(start)} to lie within the ${n}-day run.`);
      if (crisisOn && readValue(length) !== before.length)
        notes.push(`Crisis shortened to ${readValue(length)} days to end within the run.`);
      const horizon = state.design && state.design.horizon_days;
      if (horizon && n < horizon)
        notes.push(`Days to resolve a case needs a run of at least ${horizon} days; with ${n} it is not observed.`);
    }
    $('run-notes').textContent = notes.join(' ');
  }

  function loadDesign(id) {
    state.design = state.setup.designs.find((d) => d.id === id);
    $('design-about').textContent = state.design.description || '';
    for (const input of inputs()) {
      let value = state.design.values[input.dataset.path];
      // A workshop starts small for speed; 15,000 (Trondheim) is one slider move away.
      if (input.dataset.path === 'municipality.staff') value = Math.min(value, 1500);
      setValue(input, value);
    }
    for (const path of ['crisis.start_day', 'crisis.duration_days']) {
      const x = control(path);
      if (x) x.max = x.control.high;  // the design's own values first, then fitted to its run
    }
    fitCrisis();
    greyOut();
  }

  function request() {
    const settings = {};
    for (const input of inputs()) {
      const value = readValue(input);
      // World settings go to every scenario; the group's only when the room changed them.
      if (input.control.world || value !== state.design.values[input.dataset.path]) settings[input.dataset.path] = value;
    }
    return { design: state.design.id, settings, replicates: parseInt($('replicates').value, 10) };
  }

  async function init() {
    const response = await fetch('/api/setup');
    state.setup = await response.json();
    for (const d of state.setup.designs) $('design').add(new Option(d.label, d.id));
    for (const c of state.setup.controls) {
      const { wrap } = controlElement(c);
      $(c.world ? 'world-controls' : 'design-controls').append(wrap);
    }
    $('replicates').max = state.setup.limits.max_replicates;
    for (const input of inputs()) input.addEventListener('change', greyOut);
    for (const path of ['days', 'crisis.start_day']) {
      const x = control(path);
      if (x) x.addEventListener('input', fitCrisis);
    }
    const preferred = state.setup.designs.find((d) => d.id === 'designs/coordinator-group') || state.setup.designs[0];
    $('design').value = preferred.id;
    loadDesign(preferred.id);
    $('design').addEventListener('change', () => loadDesign($('design').value));
    $('reset').addEventListener('click', () => loadDesign($('design').value));
    $('run').addEventListener('click', run);
    $('cancel').addEventListener('click', () => state.running && state.running.abort());
    $('keep').addEventListener('click', keep);
    $('download-yaml').addEventListener('click', downloadYaml);
    $('download-report').addEventListener('click', downloadReport);
    $('play').addEventListener('click', play);
    $('timeline-metric').addEventListener('change', () => drawTimeline(true));
  }

  // ---- a run ----------------------------------------------------------------------------
  async function run() {
    if (state.running) state.running.abort();
    const controller = new AbortController();
    state.running = controller;
    const body = request();
    $('error').textContent = '';
    $('status').textContent = 'Starting…';
    setBusy(true);
    try {
      const response = await fetch('/api/run', { method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body), signal: controller.signal });
      if (!response.ok) {
        $('error').textContent = (await response.text()).trim();
        $('status').textContent = 'Not run.';
        return;
      }
      state.request = body;
      await readEvents(response.body.getReader(), onEvent);
    } catch (error) {
      if (error.name === 'AbortError') $('status').textContent = 'Stopped.';
      else $('error').textContent = String(error.message || error);
    } finally {
      if (state.running === controller) {
        state.running = null;
        setBusy(false);
      }
    }
  }

  function setBusy(busy) {
    $('run').disabled = false;
    $('cancel').disabled = !busy;
    $('keep').disabled = busy || !state.snapshot;
    $('download-yaml').disabled = busy || !state.snapshot;
    $('download-report').disabled = busy || !state.snapshot;
  }

  // Server-sent events over a fetch body: blocks separated by a blank line, "event:" and "data:".
  async function readEvents(reader, handle) {
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let event = 'message';
        let data = '';
        for (const line of block.split('\n')) {
          if (line.startsWith('event: ')) event = line.slice(7);
          else if (line.startsWith('data: ')) data += line.slice(6);
        }
        await handle(event, JSON.parse(data));
      }
    }
  }

  async function onEvent(event, data) {
    if (event === 'queued') {
      $('status').textContent = 'Waiting for another run to finish…';
      return;
    }
    if (event === 'failed') {
      $('error').textContent = data.error;
      $('status').textContent = 'Stopped by an error.';
      return;
    }
    if (data.error) $('error').textContent = data.error;  // done, but not written under --out
    state.snapshot = data;
    $('progress').max = data.total;
    $('progress').value = data.done;
    const names = data.scenarios.map((s) => ROLE_LABEL[s.role]).join(', ');
    $('status').textContent = event === 'done'
      ? `Done: ${data.done} replicates each of ${names}.`
      : `Running: ${data.done} of ${data.total} replicates of ${names}…`;
    if (!data.metrics.length) return;
    drawVerdict(data);
    // Let the table paint before the charts take the main thread.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    await drawCharts(data);
    state.timeline = data.timeline;
    fillTimelineChoice(data.timeline);
    await drawTimeline(false);
    $('play').disabled = false;
    if (event === 'done') {
      window.samsimWorkshop.finished += 1;
      play();
    }
  }

  // ---- verdict table --------------------------------------------------------------------
  function cell(m, interval, world) {
    if (missing(interval.mean)) return `<td class="missing" title="${esc(missingNote(m, world))}">not observed</td>`;
    return `<td>${inUnit(m, interval.mean)}<span class="ci">[${inUnit(m, interval.low)}, ${inUnit(m, interval.high)}]</span></td>`;
  }
  function diffCell(m, d) {
    if (missing(d.mean)) return `<td class="missing">${esc(d.verdict)}</td>`;
    const cls = d.verdict === 'better' ? 'better' : d.verdict === 'worse' ? 'worse' : '';
    return `<td class="${cls}"><span class="verdict-word">${esc(d.verdict)}</span>${inUnit(m, d.mean, true)}` +
      `<span class="ci">[${inUnit(m, d.low, true)}, ${inUnit(m, d.high, true)}]</span></td>`;
  }
  function verdictHtml(data) {
    const roles = data.scenarios.map((s) => s.role);
    const hasLine = roles.includes('line-only');
    let html = '<thead><tr><th>Outcome</th>' + roles.map((r) => `<th>${ROLE_LABEL[r]}</th>`).join('') +
      '<th>Edited vs unedited</th>' + (hasLine ? '<th>Edited vs line only</th>' : '') + '</tr></thead><tbody>';
    for (const m of data.metrics) {
      html += `<tr class="${m.solved_only ? 'solved-only' : ''}"><td title="${esc(m.explanation)}">${esc(metricLabel(m))}</td>` +
        m.scenarios.map((s) => cell(m, s, data.world)).join('') +
        diffCell(m, m.vs_unedited) + (hasLine ? diffCell(m, m.vs_line_only) : '') + '</tr>';
    }
    return html + '</tbody>';
  }
  // What each compared scenario is: the base design's description, the room's changes, the line alone.
  function comparedHtml(data) {
    return data.scenarios.filter((s) => s.description)
      .map((s) => `<li><b>${esc(ROLE_LABEL[s.role])}</b> — ${esc(s.description)}</li>`).join('');
  }
  function drawVerdict(data) {
    $('clear-rule').textContent = data.clear_rule;  // the report's rule, in the report's words
    $('compared').innerHTML = comparedHtml(data);
    $('verdict').innerHTML = verdictHtml(data);
  }

  // ---- headline charts ------------------------------------------------------------------
  // Only the designs where the outcome was observed; an empty list draws a note, not an empty chart.
  function chartRows(data, m) {
    return data.scenarios.map((s, i) => ({ design: ROLE_LABEL[s.role], role: s.role, mean: m.scenarios[i].mean,
      low: missing(m.scenarios[i].low) ? m.scenarios[i].mean : m.scenarios[i].low,
      high: missing(m.scenarios[i].high) ? m.scenarios[i].mean : m.scenarios[i].high }))
      .filter((r) => !missing(r.mean));
  }
  function chartSpec(m, rows) {
    const y = { field: 'design', type: 'nominal', title: null, sort: null };
    const color = { field: 'role', type: 'nominal', legend: null,
      scale: { domain: Object.keys(COLORS), range: Object.values(COLORS) } };
    return { width: 'container', height: 110, background: 'white', data: { name: 'points', values: rows },
      layer: [
        { mark: { type: 'rule', strokeWidth: 3 }, encoding: { y, color,
          x: { field: 'low', type: 'quantitative', title: metricLabel(m), scale: { zero: false },
            axis: m.unit === 'share' ? { format: '.3~%', labelOverlap: 'greedy' } : { labelOverlap: 'greedy' } }, x2: { field: 'high' } } },
        { mark: { type: 'point', filled: true, size: 90 }, encoding: { y, color, x: { field: 'mean', type: 'quantitative' },
          tooltip: [{ field: 'design' }, { field: 'mean', format: '.3~g' }, { field: 'low', format: '.3~g' }, { field: 'high', format: '.3~g' }] } },
      ],
      config: { axis: { labelFontSize: 13, titleFontSize: 13, labelSeparation: 6 } } };
  }
  // The paired differences the verdict judges (edited against unedited and against the line alone),
  // coloured by that verdict, with the band of differences too small to matter around zero.
  function diffRows(m) {
    const scale = m.unit === 'share' ? 100 : 1;  // differences of shares in percentage points
    const rows = [];
    const add = (comparison, d) => {
      if (d && !missing(d.mean) && !missing(d.low) && !missing(d.high))
        rows.push({ comparison, verdict: d.verdict, diff: d.mean * scale, low: d.low * scale, high: d.high * scale,
          smallest: missing(d.smallest) ? 0 : d.smallest * scale, negative: missing(d.smallest) ? 0 : -d.smallest * scale });
    };
    add('Edited vs unedited', m.vs_unedited);
    add('Edited vs line only', m.vs_line_only);
    return rows;
  }
  function diffSpec(m, rows) {
    const y = { field: 'comparison', type: 'nominal', title: null, sort: null };
    const color = { field: 'verdict', type: 'nominal', legend: null,
      scale: { domain: ['better', 'worse', 'higher', 'lower', 'no clear difference', 'too early'],
        range: ['#2e7d32', '#c62828', '#1f4e79', '#1f4e79', '#9e9e9e', '#9e9e9e'] } };
    const format = '+,.3~r';
    const x = { field: 'low', type: 'quantitative', scale: { zero: true },
      title: m.unit === 'share' ? 'Paired difference (percentage points)' : 'Paired difference',
      axis: { format, tickCount: 4, labelSeparation: 6, labelExpr: `datum.value === 0 ? '0' : format(datum.value, '${format}')` } };
    return { width: 'container', height: 64, background: 'white', data: { name: 'diffs', values: rows },
      layer: [
        { mark: { type: 'rect', color: '#e0e0e0' }, encoding: { y, x: { field: 'negative', type: 'quantitative' }, x2: { field: 'smallest' } } },
        { mark: { type: 'rule', color: '#666', strokeDash: [4, 4] }, encoding: { x: { datum: 0, type: 'quantitative' } } },
        { mark: { type: 'rule', strokeWidth: 3 }, encoding: { y, color, x, x2: { field: 'high' } } },
        { mark: { type: 'point', filled: true, size: 90 }, encoding: { y, color, x: { field: 'diff', type: 'quantitative' },
          tooltip: [{ field: 'comparison' }, { field: 'verdict' }, { field: 'diff', format: '+.3~r' },
            { field: 'low', format: '+.3~r' }, { field: 'high', format: '+.3~r' },
            { field: 'smallest', title: 'smallest that matters', format: '.3~r' }] } },
      ],
      config: { axis: { labelFontSize: 13, titleFontSize: 13, labelSeparation: 6 } } };
  }
  async function drawCharts(data) {
    for (const m of data.metrics) {
      const id = 'chart-' + m.name;
      let figure = document.getElementById('figure-' + m.name);
      if (!figure) {
        figure = document.createElement('figure');
        figure.id = 'figure-' + m.name;
        figure.innerHTML = `<h3>${esc(metricLabel(m))}</h3><p class="missing"></p><div id="${id}" class="chart"></div>` +
          `<div id="diff-${m.name}" class="chart diff"></div>`;
        $('charts').append(figure);
      }
      const rows = chartRows(data, m);
      const note = figure.querySelector('p.missing');
      const chart = figure.querySelector('div.chart');
      // A missing outcome is a gap with its reason, never an empty chart.
      note.textContent = rows.length ? '' : missingNote(m, data.world);
      note.hidden = rows.length > 0;
      chart.hidden = rows.length === 0;
      figure.querySelector('div.diff').hidden = rows.length === 0;
      if (!rows.length) continue;
      if (!state.views[id])
        state.views[id] = (await vegaEmbed('#' + id, chartSpec(m, rows), { renderer: 'svg', actions: false })).view;
      else
        await state.views[id].change('points', vega.changeset().remove(() => true).insert(rows)).runAsync();
      const diffs = diffRows(m);
      const diffId = 'diff-' + m.name;
      const diffChart = figure.querySelector('div.diff');
      diffChart.hidden = diffs.length === 0;  // too early: no interval yet
      if (!diffs.length) continue;
      if (!state.views[diffId])
        state.views[diffId] = (await vegaEmbed('#' + diffId, diffSpec(m, diffs), { renderer: 'svg', actions: false })).view;
      else
        await state.views[diffId].change('diffs', vega.changeset().remove(() => true).insert(diffs)).runAsync();
    }
  }

  // ---- crisis timeline ------------------------------------------------------------------
  function fillTimelineChoice(timeline) {
    const select = $('timeline-metric');
    if (select.options.length) return;
    for (const s of timeline.series) select.add(new Option(s.label, s.metric));
  }
  function timelineSpec(timeline, series) {
    const values = series.points.map((p) => p.value).filter((v) => !missing(v));  // null: not observed
    const roles = state.snapshot.scenarios.map((s) => s.role);
    const crisis = timeline.crisis ? [{ start: timeline.crisis.start_week, end: timeline.crisis.end_week }] : [];
    const line = { data: { name: 'series', values: series.points }, transform: [{ filter: 'datum.week <= upto' }],
      // A week with nothing observed (null) breaks the line; it is never drawn at zero.
      mark: { type: 'line', strokeWidth: 2.5, invalid: 'break-paths-show-domains' },
      encoding: { x: { field: 'week', type: 'quantitative', title: 'Week', scale: { domain: [0, timeline.weeks] } },
        y: { field: 'value', type: 'quantitative', title: series.label,
          scale: { domain: [Math.min(...values), Math.max(...values)], zero: false } },
        color: { field: 'scenario', type: 'nominal', title: null,
          scale: { domain: roles, range: roles.map((r) => COLORS[r]) } } } };
    // The crisis as a shaded band behind the lines (no band without a crisis).
    const band = { data: { values: crisis }, mark: { type: 'rect', color: '#f6d9a8', opacity: 0.6 },
      encoding: { x: { field: 'start', type: 'quantitative' }, x2: { field: 'end' } } };
    return { width: 'container', height: 260, background: 'white', params: [{ name: 'upto', value: timeline.weeks }],
      layer: crisis.length ? [band, line] : [line],
      config: { axis: { labelFontSize: 13, titleFontSize: 13, labelSeparation: 6 }, legend: { labelFontSize: 13, orient: 'top' } } };
  }
  async function drawTimeline(fresh) {
    const timeline = state.timeline;
    if (!timeline) return;
    const metric = $('timeline-metric').value;
    const series = timeline.series.find((s) => s.metric === metric) || timeline.series[0];
    if (!series || !series.points.length) return;
    if (state.views.timeline) state.views.timeline.finalize();
    state.views.timeline = (await vegaEmbed('#timeline', timelineSpec(timeline, series), { renderer: 'svg', actions: false })).view;
    if (fresh) play();
    else showWeek(timeline.weeks);
  }
  function showWeek(week) {
    const t = state.timeline;
    state.week = week;
    const inCrisis = t.crisis && week >= t.crisis.start_week && week < t.crisis.end_week;
    $('week').textContent = `Week ${week} of ${t.weeks}` + (inCrisis ? ` — ${t.crisis.kind} crisis` : '');
    if (state.views.timeline) state.views.timeline.signal('upto', week).runAsync();
  }
  function play() {
    if (!state.timeline) return;
    clearInterval(state.timer);
    let week = 0;
    state.timer = setInterval(() => {
      showWeek(week);
      week += 1;
      if (week > state.timeline.weeks) clearInterval(state.timer);
    }, 60);
  }

  // ---- keep and download ----------------------------------------------------------------
  function describeRequest(req) {
    const design = state.setup.designs.find((d) => d.id === req.design);
    const changes = Object.entries(req.settings).map(([k, v]) => `${k}=${v}`).join(', ');
    return { title: design ? design.label : req.design, changes };
  }
  function keep() {
    if (!state.snapshot) return;
    state.kept.push({ request: state.request, snapshot: state.snapshot });
    if (state.kept.length > 4) state.kept.shift();
    $('kept').innerHTML = state.kept.map((k, i) => {
      const d = describeRequest(k.request);
      const rows = k.snapshot.metrics.map((m) => `<tr><td>${esc(metricLabel(m))}</td><td>${missing(m.scenarios[1].mean) ? 'not observed' : inUnit(m, m.scenarios[1].mean)}</td>` +
        `<td class="${m.vs_unedited.verdict === 'better' ? 'better' : m.vs_unedited.verdict === 'worse' ? 'worse' : ''}">${esc(m.vs_unedited.verdict)}</td></tr>`).join('');
      return `<div class="card"><h3>${i + 1}. ${esc(d.title)}</h3><p>${esc(d.changes)}; ${k.snapshot.done} replicates</p>` +
        `<table><tr><th>Outcome</th><th>Edited</th><th>vs unedited</th></tr>${rows}</table></div>`;
    }).join('');
  }
  function download(name, type, text) {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type }));
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
  }
  async function downloadYaml() {
    const response = await fetch('/api/scenarios', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(state.request) });
    if (!response.ok) { $('error').textContent = (await response.text()).trim(); return; }
    const files = await response.json();
    download(state.request.design.replace('/', '-') + '-edited.yaml', 'text/yaml', files.edited);
  }
  async function downloadReport() {
    const d = describeRequest(state.request);
    let charts = '';
    for (const [id, view] of Object.entries(state.views)) charts += `<figure>${await view.toSVG()}</figure>`;
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>samsim workshop: ${esc(d.title)}</title>` +
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">` +
      `<style>${document.querySelector('style').textContent}</style></head><body><h1>samsim workshop: ${esc(d.title)}</h1>` +
      `<p class="facts">Settings: ${esc(d.changes)}. ${state.snapshot.done} replicates per scenario, common random numbers, ` +
      `base seed ${esc(state.snapshot.seed)}. Written ${new Date().toISOString()}.</p><h2>Verdict</h2><ul class="compared">${comparedHtml(state.snapshot)}</ul><p class="hint">${esc(state.snapshot.clear_rule)}</p><table>${verdictHtml(state.snapshot)}</table>` +
      `<h2>Charts</h2><div class="grid">${charts}</div><h2>Kept variants</h2><div class="kept">${$('kept').innerHTML}</div></body></html>`;
    download('samsim-workshop-report.html', 'text/html', html);
  }

  init().catch((error) => { $('error').textContent = 'Could not load the page: ' + error.message; });
})();
