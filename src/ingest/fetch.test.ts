import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import type { DatelineError } from '../doc/errors.js';
import { checkUrl, fetchUrl, looksLikeUrl, redactUrl } from './fetch.js';
import { readInputs } from './sources.js';
import type { InputItem } from './types.js';

const PAGE = '<html><head><title>Local</title></head><body><p>Café story.</p></body></html>';

/** A local server with one route per case; records the request headers it saw. */
let server: Server;
let base = '';
let lastHeaders: IncomingHttpHeaders = {};
const timers = new Set<NodeJS.Timeout>();

before(async () => {
  server = createServer((req, res) => {
    lastHeaders = req.headers;
    const path = req.url ?? '/';
    const hop = /^\/hop\/(\d+)$/.exec(path);
    if (path === '/page') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    } else if (hop) {
      const n = Number(hop[1]);
      res.writeHead(302, { location: n > 1 ? `/hop/${n - 1}` : '/page' });
      res.end();
    } else if (path === '/loop') {
      res.writeHead(301, { location: '/loop' });
      res.end();
    } else if (path === '/to-file') {
      res.writeHead(302, { location: 'file:///etc/passwd' });
      res.end();
    } else if (path === '/absolute') {
      res.writeHead(307, { location: `${base}/page` });
      res.end();
    } else if (path === '/missing') {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<p>not here</p>');
    } else if (path === '/error') {
      res.writeHead(503);
      res.end();
    } else if (path === '/slow-headers') {
      const t = setTimeout(() => res.end(PAGE), 5000);
      timers.add(t);
    } else if (path === '/slow-body') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>start');
      const t = setInterval(() => res.write('.'), 100);
      timers.add(t);
    } else if (path === '/big-declared') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(10 * 1024 * 1024) });
      res.write('<p>'); // and never the rest: the client must stop at the header
    } else if (path === '/big-chunked') {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const pump = () => {
        while (sent < 4 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('error', () => {});
      pump();
    } else if (path === '/gzip') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
      res.end(gzipSync(PAGE));
    } else if (path === '/br') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'br' });
      res.end(brotliCompressSync(PAGE));
    } else if (path === '/deflate') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'deflate' });
      res.end(deflateSync(PAGE));
    } else if (path === '/bomb') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      res.end(gzipSync(Buffer.alloc(8 * 1024 * 1024, ' ')));
    } else if (path === '/bad-gzip') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      res.end(Buffer.concat([gzipSync(PAGE).subarray(0, 20), Buffer.from('garbage')]));
    } else if (path === '/latin1') {
      res.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' });
      res.end(Buffer.from('<html><body><p>Caf\xe9 cr\xe8me \x93quoted\x94</p></body></html>', 'latin1'));
    } else if (path === '/plain') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('PARIS (Reuters) - A plain text story.\n');
    } else if (path === '/png') {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
    } else {
      res.writeHead(500);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  for (const t of timers) clearTimeout(t);
  server.closeAllConnections();
  server.close();
});

async function fails(p: Promise<unknown>): Promise<DatelineError> {
  try {
    await p;
  } catch (err) {
    return err as DatelineError;
  }
  assert.fail('expected an error');
}

async function collect(specs: string[], opts: Parameters<typeof readInputs>[1] = {}): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of readInputs(specs, opts)) out.push(item);
  return out;
}

describe('fetchUrl against a local server', () => {
  it('fetches a page with our User-Agent and Accept headers', async () => {
    const r = await fetchUrl(`${base}/page`);
    assert.equal(r.bytes.toString(), PAGE);
    assert.equal(r.url, `${base}/page`);
    assert.match(
      String(lastHeaders['user-agent']),
      /^Dateline\/0\.1 \(\+https:\/\/github\.com\/dateline; news extraction\)$/,
    );
    assert.match(String(lastHeaders.accept), /text\/html/);
    assert.match(String(lastHeaders['accept-encoding']), /gzip/);
  });

  it('follows redirects, relative and absolute, and reports the final URL', async () => {
    const r = await fetchUrl(`${base}/hop/3`);
    assert.equal(r.url, `${base}/page`);
    assert.equal((await fetchUrl(`${base}/absolute`)).url, `${base}/page`);
  });

  it('allows exactly maxRedirects hops and no more', async () => {
    assert.equal((await fetchUrl(`${base}/hop/4`, { maxRedirects: 5 })).url, `${base}/page`);
    const e = await fails(fetchUrl(`${base}/hop/6`, { maxRedirects: 5 }));
    assert.equal(e.code, 'fetch-failed');
    assert.match(e.message, /more than 5 redirects/);
  });

  it('stops a redirect loop', async () => {
    const e = await fails(fetchUrl(`${base}/loop`));
    assert.equal(e.code, 'fetch-failed');
    assert.match(e.message, /redirects/);
  });

  it('refuses a redirect to another scheme', async () => {
    const e = await fails(fetchUrl(`${base}/to-file`));
    assert.equal(e.code, 'fetch-failed');
    assert.match(e.message, /file:/);
  });

  it('fails with the status on 404 and 503', async () => {
    const a = await fails(fetchUrl(`${base}/missing`));
    assert.equal(a.code, 'fetch-failed');
    assert.match(a.message, /HTTP 404/);
    assert.match((await fails(fetchUrl(`${base}/error`))).message, /HTTP 503/);
  });

  it('times out on slow headers and on a dripping body, within the bound', async () => {
    for (const path of ['/slow-headers', '/slow-body']) {
      const t0 = performance.now();
      const e = await fails(fetchUrl(`${base}${path}`, { timeoutMs: 300 }));
      assert.equal(e.code, 'fetch-failed', path);
      assert.match(e.message, /timed out after 0.3 s/);
      assert.ok(performance.now() - t0 < 2000, path);
    }
  });

  it('refuses oversize bodies: by Content-Length, and mid-stream', async () => {
    const a = await fails(fetchUrl(`${base}/big-declared`, { maxBytes: 1024 * 1024 }));
    assert.equal(a.code, 'too-large');
    const b = await fails(fetchUrl(`${base}/big-chunked`, { maxBytes: 1024 * 1024 }));
    assert.equal(b.code, 'too-large');
  });

  it('undoes gzip, br and deflate content codings', async () => {
    for (const path of ['/gzip', '/br', '/deflate'])
      assert.equal((await fetchUrl(`${base}${path}`)).bytes.toString(), PAGE, path);
  });

  it('caps the decoded size (a gzip bomb) and reports corrupt gzip', async () => {
    const a = await fails(fetchUrl(`${base}/bomb`, { maxDecodedBytes: 1024 * 1024 }));
    assert.equal(a.code, 'too-large');
    const b = await fails(fetchUrl(`${base}/bad-gzip`));
    assert.equal(b.code, 'bad-gzip');
  });

  it('removes credentials: not sent, not in the URL, a warning', async () => {
    const r = await fetchUrl(`${base.replace('http://', 'http://alice:s3cret@')}/page`);
    assert.equal(lastHeaders.authorization, undefined);
    assert.ok(!r.url.includes('s3cret'));
    assert.deepEqual(
      r.warnings.map((w) => w.code),
      ['url-credentials'],
    );
  });

  it('fails cleanly when nothing listens', async () => {
    const e = await fails(fetchUrl('http://127.0.0.1:9/x', { timeoutMs: 2000 }));
    assert.equal(e.code, 'fetch-failed');
  });
});

describe('URLs through readInputs', () => {
  it('decodes by the Content-Type charset and keeps the final URL', async () => {
    const [item] = await collect([`${base}/latin1`]);
    assert.ok(item?.ok);
    assert.equal(item.doc.charset, 'windows-1252');
    assert.match(item.doc.content, /Café crème “quoted”/);
    assert.equal(item.doc.kind, 'html');
    const [hop] = await collect([`${base}/hop/2`]);
    assert.ok(hop?.ok);
    assert.equal(hop.doc.url, `${base}/page`);
    assert.equal(hop.doc.input, `${base}/hop/2`);
  });

  it('text/plain is sniffed; images are binary-input; errors carry the URL and the batch goes on', async () => {
    const items = await collect([`${base}/png`, `${base}/missing`, `${base}/plain`]);
    assert.deepEqual(
      items.map((i) => (i.ok ? i.doc.kind : i.error.code)),
      ['binary-input', 'fetch-failed', 'text'],
    );
    assert.ok(!items[1]!.ok && items[1]!.input === `${base}/missing`);
  });

  it('never prints credentials in the input', async () => {
    const [item] = await collect([`${base.replace('http://', 'http://bob:pw@')}/missing`]);
    assert.ok(item && !item.ok);
    assert.ok(!item.input.includes('pw'));
    assert.ok(!item.error.message.includes('pw'));
  });
});

describe('URL checks', () => {
  const bad = [
    'file:///etc/passwd',
    'javascript:alert(1)',
    'ftp://example.org/a.html',
    'data:text/html,<p>x</p>',
    'http://',
    'http://exa mple.org/',
    'https://[::1/',
    `http://example.org/${'a'.repeat(9000)}`,
  ];
  for (const spec of bad)
    it(`bad-url: ${spec.slice(0, 40)}`, () => {
      assert.throws(
        () => checkUrl(spec),
        (e: DatelineError) => e.code === 'bad-url',
      );
    });
  it('tells URLs from paths', () => {
    assert.ok(looksLikeUrl('https://x.org'));
    assert.ok(looksLikeUrl('javascript:void(0)'));
    assert.ok(!looksLikeUrl('C:\\pages\\a.html'));
    assert.ok(!looksLikeUrl('pages/a.html'));
  });
  it('redacts credentials for display', () => {
    assert.equal(redactUrl('https://u:p@x.org/a'), 'https://x.org/a');
  });
});
