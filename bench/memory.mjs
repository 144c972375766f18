/**
 * Memory and time on a hostile page: a synthetic ~50 MB HTML document (nested sections, many
 * paragraphs, a huge table, long attribute values, a part nested thousands of levels deep), built
 * from an invented vocabulary (no copied text) with a seeded generator, so every run sees the same page.
 *
 * 1. Generate the page once into a temporary file (generation is not measured).
 * 2. Run each extractor in its own child process with `--max-old-space-size` (floors.json), which
 *    reads the page, runs the extractor once and reports its peak RSS (process.resourceUsage().maxRSS)
 *    and the time the extraction took. A child that exceeds its time cap is killed.
 * 3. Dateline must stay within the bounds in floors.json (peak RSS, seconds): the script exits 1
 *    otherwise. The peer (Readability + linkedom) is reported for comparison only: it may run out of
 *    memory or time, and what happened is reported.
 *
 * Usage: node memory.mjs [--size MB] [--heap MB] [--json] [--skip-peer] [--peer-timeout S] [--keep FILE]
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fail, loadDateline, loadReadability, machine, parseArgs, peerVersions, readFloors } from './lib.mjs';

const args = parseArgs(process.argv.slice(2), {
  child: 'string',
  file: 'string',
  size: 'number',
  json: 'boolean',
  check: 'boolean',
  'skip-peer': 'boolean',
  'peer-timeout': 'number',
  heap: 'number',
  keep: 'string',
  help: 'boolean',
});

if (args.help) {
  process.stdout.write(
    'usage: node memory.mjs [--size MB] [--heap MB] [--json] [--skip-peer] [--peer-timeout S] [--keep FILE]\n' +
      '  --size MB          size of the synthetic page (default floors.json memory.pageMB, 50)\n' +
      '  --skip-peer        only Dateline\n' +
      '  --peer-timeout S   time cap for Readability + linkedom (default floors.json, 180)\n' +
      '  --heap MB          --max-old-space-size of the children (default floors.json, 1024)\n' +
      '  --keep FILE        write the generated page to FILE and keep it (to inspect it)\n' +
      '  --json             machine-readable output\n' +
      'Exits 1 when Dateline exceeds the peak-RSS or time bound in floors.json (always; --check is accepted).\n',
  );
  process.exit(0);
}

if (args.child) await child(args.child, args.file);
else await parent();

// --------------------------------------------------------------------------------------------- parent

async function parent() {
  const bounds = readFloors().memory;
  if (args.heap) bounds.maxOldSpaceMB = args.heap;
  const sizeMB = args.size ?? bounds.pageMB;
  const file = args.keep ?? join(tmpdir(), `dateline-bench-memory-${process.pid}.html`);
  const t0 = performance.now();
  const stats = generatePage(file, sizeMB * 1e6);
  const genSeconds = (performance.now() - t0) / 1000;
  if (!args.json)
    process.stderr.write(
      `generated ${(stats.bytes / 1e6).toFixed(1)} MB (${stats.elements.toLocaleString('en')} elements, ` +
        `deepest nesting ${stats.maxDepth}) in ${genSeconds.toFixed(1)} s\n`,
    );

  const runs = [];
  try {
    runs.push(runChild('dateline', file, bounds.maxOldSpaceMB, bounds.maxSeconds * 2));
    if (!args['skip-peer'])
      runs.push(
        runChild(
          'readability-linkedom',
          file,
          bounds.maxOldSpaceMB,
          args['peer-timeout'] ?? bounds.peerTimeoutSeconds,
        ),
      );
  } finally {
    if (!args.keep) rmSync(file, { force: true });
  }

  const ours = runs[0];
  const problems = [];
  if (ours.outcome !== 'ok' && ours.outcome !== 'error')
    problems.push(`Dateline did not finish: ${ours.outcome}`);
  if (ours.maxRssMB !== null && ours.maxRssMB > bounds.maxRssMB)
    problems.push(`peak RSS ${ours.maxRssMB.toFixed(0)} MB > bound ${bounds.maxRssMB} MB`);
  if (ours.seconds !== null && ours.seconds > bounds.maxSeconds)
    problems.push(`extract() took ${ours.seconds.toFixed(1)} s > bound ${bounds.maxSeconds} s`);

  const report = {
    date: new Date().toISOString(),
    machine: machine(),
    peers: peerVersions(),
    page: { ...stats, mb: stats.bytes / 1e6, generateSeconds: genSeconds },
    bounds,
    runs,
    ok: problems.length === 0,
    problems,
  };
  if (args.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else printReport(report);
  if (problems.length) {
    for (const p of problems) process.stderr.write(`bench: FAIL memory: ${p}\n`);
    process.exit(1);
  }
}

/** Runs one extractor in a fresh Node with a heap cap; classifies how it ended. */
function runChild(name, file, maxOldSpaceMB, timeoutSeconds) {
  if (!args.json)
    process.stderr.write(`running ${name} (heap cap ${maxOldSpaceMB} MB, time cap ${timeoutSeconds} s)...\n`);
  const script = fileURLToPath(import.meta.url);
  const t0 = performance.now();
  const res = spawnSync(
    process.execPath,
    [`--max-old-space-size=${maxOldSpaceMB}`, script, '--child', name, '--file', file],
    { encoding: 'utf8', timeout: timeoutSeconds * 1000, killSignal: 'SIGKILL', maxBuffer: 64 * 2 ** 20 },
  );
  const wallSeconds = (performance.now() - t0) / 1000;
  const line = res.stdout?.trim().split('\n').pop() ?? '';
  let reported = null;
  try {
    reported = line ? JSON.parse(line) : null;
  } catch {
    reported = null; // the child died mid-write; classified below from its exit status
  }
  // The telling line of a crash (V8's FATAL ERROR, a RangeError ...) rather than the native stack trace.
  const errLines = (res.stderr ?? '').trim().split('\n');
  const telling = errLines.find((l) => /FATAL ERROR|RangeError|Error:/.test(l)) ?? errLines.at(-1) ?? '';
  const stderrTail = telling.trim().slice(0, 300);
  let outcome;
  if (res.error?.code === 'ETIMEDOUT' || (res.signal === 'SIGKILL' && wallSeconds >= timeoutSeconds))
    outcome = 'timeout';
  else if (/heap out of memory|Allocation failed|Invalid (string|array) length/i.test(res.stderr ?? ''))
    outcome = 'out-of-memory';
  else if (/Maximum call stack size exceeded/.test(res.stderr ?? '')) outcome = 'stack-overflow';
  else if (reported?.ok) outcome = 'ok';
  else if (reported && !reported.ok) outcome = 'error';
  else outcome = `crashed (exit ${res.status ?? res.signal})`;
  return {
    name,
    outcome,
    timeoutSeconds,
    wallSeconds,
    seconds: reported?.seconds ?? null,
    readSeconds: reported?.readSeconds ?? null,
    baselineRssMB: reported?.baselineRssMB ?? null,
    maxRssMB: reported?.maxRssMB ?? null,
    textChars: reported?.textChars ?? null,
    warnings: reported?.warnings ?? [],
    error: reported?.error ?? (outcome === 'ok' ? null : stderrTail || null),
  };
}

function printReport(r) {
  const mb = (v) => (v === null ? '—' : v.toFixed(0));
  const s = (v) => (v === null ? '—' : v.toFixed(2));
  const lines = [
    `Memory: synthetic page ${r.page.mb.toFixed(1)} MB, ${r.page.elements.toLocaleString('en')} elements, ` +
      `${r.page.paragraphs.toLocaleString('en')} paragraphs, table ${r.page.tableRows.toLocaleString('en')} rows, ` +
      `deepest nesting ${r.page.maxDepth}`,
    `machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGB} GB, Node ${r.machine.node}; ` +
      `each run in a child with --max-old-space-size=${r.bounds.maxOldSpaceMB}`,
    '',
  ];
  const rows = r.runs.map((x) => [
    x.name,
    x.outcome,
    s(x.seconds),
    s(x.wallSeconds),
    mb(x.maxRssMB),
    mb(x.baselineRssMB),
    x.textChars === null ? '—' : x.textChars.toLocaleString('en'),
    x.warnings.join(',') || '—',
  ]);
  const header = [
    'extractor',
    'outcome',
    'extract s',
    'child wall s',
    'peak RSS MB',
    'RSS before MB',
    'text chars',
    'warnings',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const fmt = (row) => row.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  lines.push(fmt(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(fmt));
  for (const x of r.runs) if (x.error) lines.push(`  ${x.name}: ${x.error}`);
  lines.push(
    '',
    `bounds for Dateline: peak RSS ≤ ${r.bounds.maxRssMB} MB, extract ≤ ${r.bounds.maxSeconds} s — ` +
      (r.ok ? 'ok' : `FAIL: ${r.problems.join('; ')}`),
    'peak RSS = process.resourceUsage().maxRSS of the child (includes Node itself and the page string); ' +
      '"RSS before" = the same just before extraction.',
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}

// ---------------------------------------------------------------------------------------------- child

async function child(name, file) {
  if (!file) fail('--child needs --file');
  const run =
    name === 'dateline'
      ? await (async () => {
          const { extract } = await loadDateline();
          return (html) => {
            const doc = extract({ input: file, url: null, kind: 'html', content: html, warnings: [] });
            return { text: doc.text, warnings: doc.warnings.map((w) => w.code) };
          };
        })()
      : await (async () => {
          const { Readability, parseHTML } = await loadReadability();
          return (html) => {
            const { document } = parseHTML(html);
            return { text: new Readability(document).parse()?.textContent ?? '', warnings: [] };
          };
        })();
  const r0 = performance.now();
  const html = readFileSync(file, 'utf8');
  const readSeconds = (performance.now() - r0) / 1000;
  const baselineRssMB = process.resourceUsage().maxRSS / 1024;
  const t0 = performance.now();
  let out = null;
  let error = null;
  try {
    out = run(html);
  } catch (err) {
    error = `${err.code ?? err.name}: ${err.message}`;
  }
  const seconds = (performance.now() - t0) / 1000;
  const maxRssMB = process.resourceUsage().maxRSS / 1024;
  const result = {
    ok: error === null,
    seconds,
    readSeconds,
    baselineRssMB,
    maxRssMB,
    textChars: out?.text.length ?? null,
    warnings: out?.warnings ?? [],
    error,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

// ------------------------------------------------------------------------------------------ generator

/** mulberry32: a small seeded PRNG, so the page is identical on every run and machine. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Writes the synthetic page to `file`, aiming at `targetBytes`. Budget: ~45% article paragraphs in
 * nested sections, ~30% one huge table, ~12% elements with long attribute values, ~5% deep nesting
 * (several parts, each thousands of levels deep), the rest navigation, comments and footer.
 */
function generatePage(file, targetBytes) {
  const rand = prng(20260101);
  const pick = (arr) => arr[Math.floor(rand() * arr.length)];
  const syllables = [
    'ka',
    'lo',
    'ver',
    'mi',
    'tan',
    'dru',
    'sel',
    'po',
    'rin',
    'ga',
    'thu',
    'bel',
    'no',
    'ques',
  ];
  const vocab = Array.from({ length: 600 }, () => {
    const n = 1 + Math.floor(rand() * 3);
    return Array.from({ length: n }, () => pick(syllables)).join('');
  });
  const Name = () => {
    const w = pick(vocab);
    return w[0].toUpperCase() + w.slice(1);
  };
  const sentence = () => {
    const n = 6 + Math.floor(rand() * 18);
    const words = Array.from({ length: n }, () => pick(vocab));
    words[0] = words[0][0].toUpperCase() + words[0].slice(1);
    if (rand() < 0.3) words[Math.floor(rand() * n)] = Name();
    if (rand() < 0.1)
      words[Math.floor(rand() * n)] = `<a href="/${pick(vocab)}/${pick(vocab)}">${pick(vocab)}</a>`;
    if (rand() < 0.1) words[Math.floor(rand() * n)] = `<em>${pick(vocab)}</em>`;
    return `${words.join(' ')}.`;
  };
  const paragraph = () => Array.from({ length: 2 + Math.floor(rand() * 5) }, sentence).join(' ');

  const fd = openSync(file, 'w');
  let buf = [];
  let bufLen = 0;
  let bytes = 0;
  const stats = { bytes: 0, elements: 0, paragraphs: 0, tableRows: 0, longAttributes: 0, maxDepth: 0 };
  const w = (s) => {
    buf.push(s);
    bufLen += s.length;
    bytes += s.length; // ASCII only, so chars = bytes
    if (bufLen > 1 << 20) flush();
  };
  const flush = () => {
    writeSync(fd, buf.join(''));
    buf = [];
    bufLen = 0;
  };
  const el = (n = 1) => {
    stats.elements += n;
  };

  const title = `${Name()} ${pick(vocab)} ${pick(vocab)} ${Name()}`;
  w('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">');
  w(`<title>${title} | The ${Name()} ${Name()}</title>`);
  w(`<meta name="description" content="${sentence()}">`);
  w('<meta property="article:published_time" content="2026-01-15T09:30:00Z">');
  w(`<meta name="author" content="${Name()} ${Name()}">`);
  w(
    `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${title}","datePublished":"2026-01-15T09:30:00Z"}</script>`,
  );
  w(
    `<style>${Array.from({ length: 200 }, (_, i) => `.c${i}{margin:${i}px}`).join('')}</style></head>\n<body>`,
  );
  el(8);
  w('<header><nav><ul>');
  for (let i = 0; i < 200; i++) w(`<li><a href="/${pick(vocab)}">${Name()}</a></li>`);
  w('</ul></nav></header>\n');
  el(403);

  // Article: nested sections (3–8 levels) of paragraphs.
  w(`<main><article><h1>${title}</h1><p class="byline">By ${Name()} ${Name()}</p>`);
  w(`<p>${Name().toUpperCase()}, Jan. 15 — ${paragraph()}</p>\n`);
  el(5);
  while (bytes < targetBytes * 0.45) {
    const depth = 3 + Math.floor(rand() * 6);
    for (let d = 0; d < depth; d++) w(`<div class="section s${d} c${Math.floor(rand() * 200)}">`);
    el(depth);
    if (rand() < 0.3) {
      w(`<h2>${Name()} ${pick(vocab)} ${pick(vocab)}</h2>`);
      el();
    }
    const n = 3 + Math.floor(rand() * 10);
    for (let i = 0; i < n; i++) w(`<p>${paragraph()}</p>\n`);
    el(n);
    stats.paragraphs += n;
    for (let d = 0; d < depth; d++) w('</div>');
  }
  w('</article>\n');

  // One huge table.
  w('<div class="data"><table><thead><tr>');
  for (let c = 0; c < 12; c++) w(`<th>${Name()}</th>`);
  w('</tr></thead><tbody>\n');
  el(15);
  while (bytes < targetBytes * 0.75) {
    w('<tr>');
    for (let c = 0; c < 12; c++)
      w(c % 3 === 0 ? `<td>${pick(vocab)} ${pick(vocab)}</td>` : `<td>${Math.floor(rand() * 1e6)}</td>`);
    w('</tr>\n');
    el(13);
    stats.tableRows++;
  }
  w('</tbody></table></div>\n');

  // Long attribute values: data blobs, inline styles, srcset-like lists.
  while (bytes < targetBytes * 0.87) {
    const blob = Array.from({ length: 2000 + Math.floor(rand() * 6000) }, () => pick(vocab)).join('-');
    w(`<div class="blob" data-state="${blob}" style="${'color:red;'.repeat(200)}" title="${pick(vocab)}">`);
    w(
      `<img alt="${sentence()}" srcset="${Array.from({ length: 300 }, (_, i) => `/i/${pick(vocab)}.jpg ${i + 1}w`).join(', ')}">`,
    );
    w(`<span>${sentence()}</span></div>\n`);
    el(3);
    stats.longAttributes += 3;
  }

  // Deep nesting: parts thousands of levels deep, with text at the bottom and on the way up.
  while (bytes < targetBytes * 0.92) {
    const depth = 2000 + Math.floor(rand() * 3000);
    stats.maxDepth = Math.max(stats.maxDepth, depth);
    for (let d = 0; d < depth; d++) w(d % 2 ? '<span>' : '<div>');
    w(`<p>${paragraph()}</p>`);
    for (let d = depth - 1; d >= 0; d--) w(d % 2 ? `</span>` : `${d % 500 === 0 ? sentence() : ''}</div>`);
    el(depth + 1);
  }
  w('\n');

  // Comments and footer until the target size.
  w('<section class="comments"><ol>');
  el(2);
  while (bytes < targetBytes - 2000) {
    w(
      `<li class="comment"><b>${Name()}</b> <time datetime="2026-01-16">Jan 16</time><p>${sentence()}</p></li>\n`,
    );
    el(4);
  }
  w(`</ol></section></main><footer><p>© ${Name()} ${Name()}</p></footer></body></html>\n`);
  el(3);
  flush();
  closeSync(fd);
  stats.bytes = statSync(file).size;
  return stats;
}
