import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Agent, MockAgent } from 'undici';
import { DatelineError } from '../doc/errors.js';
import { createAnalyzer } from './analyze.js';
import { blockedReason, guardedConnector, type Resolver, resolvePublic } from './guard.js';

/** A stub resolver: no test ever asks real DNS or sends traffic to the addresses below. */
const ZONE: Record<string, string[]> = {
  'news.example': ['93.184.216.34'],
  'intranet.example': ['10.1.2.3'],
  'metadata.example': ['169.254.169.254'],
  'mixed.example': ['93.184.216.34', '192.168.1.10'],
  'v6local.example': ['fd00:ec2::254'],
  'mapped.example': ['::ffff:127.0.0.1'],
};
const stub: Resolver = async (host) => {
  const addrs = ZONE[host];
  if (!addrs) throw new Error(`ENOTFOUND ${host}`);
  return addrs.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
};

describe('blockedReason', () => {
  const table: Array<[string, boolean]> = [
    ['93.184.216.34', false],
    ['8.8.8.8', false],
    ['2606:4700:4700::1111', false],
    ['127.0.0.1', true],
    ['127.255.0.9', true],
    ['0.0.0.0', true],
    ['10.0.0.1', true],
    ['172.16.5.4', true],
    ['172.32.0.1', false],
    ['192.168.0.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['224.0.0.1', true],
    ['255.255.255.255', true],
    ['::1', true],
    ['::', true],
    ['fe80::1', true],
    ['fd00:ec2::254', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:7f00:1', true],
    ['::ffff:8.8.8.8', false],
    ['64:ff9b::a00:1', true],
    ['ff02::1', true],
  ];
  for (const [ip, blocked] of table) {
    it(`${ip} is ${blocked ? 'refused' : 'public'}`, () => {
      assert.equal(blockedReason(ip) !== null, blocked);
    });
  }
});

describe('resolvePublic (after DNS resolution)', () => {
  it('passes a host whose every address is public', async () => {
    assert.deepEqual(await resolvePublic('news.example', stub), [{ address: '93.184.216.34', family: 4 }]);
  });
  for (const host of [
    'intranet.example',
    'metadata.example',
    'mixed.example',
    'v6local.example',
    'mapped.example',
    'localhost',
    'a.localhost',
    '127.0.0.1',
    '[::1]',
    '169.254.169.254',
  ]) {
    it(`refuses ${host}`, async () => {
      await assert.rejects(
        resolvePublic(host, stub),
        (e: unknown) => e instanceof DatelineError && e.code === 'bad-url',
      );
    });
  }
});

describe('the guarded connector (every connection, so every redirect hop)', () => {
  it('refuses an IP literal before connecting', async () => {
    const connect = guardedConnector(stub);
    const err = await new Promise<Error | null>((resolve) =>
      connect(
        { hostname: '169.254.169.254', host: '169.254.169.254', protocol: 'http:', port: '80' },
        (...args) => resolve(args[0]),
      ),
    );
    assert.ok(err instanceof DatelineError);
    assert.match(err.message, /refused/);
  });

  it('refuses a host that resolves to a private address', async () => {
    const connect = guardedConnector(stub);
    const err = await new Promise<Error | null>((resolve) =>
      connect(
        { hostname: 'intranet.example', host: 'intranet.example', protocol: 'http:', port: '80' },
        (...args) => resolve(args[0]),
      ),
    );
    assert.ok(err);
    assert.match(String(err.message), /refused/);
  });
});

describe('POST /api/analyze with a URL', () => {
  it('refuses a private host before any fetch', async () => {
    const analyze = createAnalyzer({ resolver: stub });
    for (const url of [
      'http://intranet.example/x',
      'http://169.254.169.254/latest/meta-data/',
      'http://[::1]:8080/',
      'file:///etc/passwd',
    ])
      await assert.rejects(
        analyze({ url }),
        (e: unknown) => e instanceof DatelineError && e.code === 'bad-url',
        url,
      );
  });

  it('refuses a redirect from a public page to the cloud metadata address', async () => {
    // The public page is mocked; the redirect target goes to the guarded agent, which refuses to connect.
    const mock = new MockAgent({ agent: new Agent({ connect: guardedConnector(stub) }) });
    mock.enableNetConnect();
    mock
      .get('http://news.example')
      .intercept({ path: '/story' })
      .reply(302, '', { headers: { location: 'http://169.254.169.254/latest/meta-data/' } });
    const analyze = createAnalyzer({ resolver: stub, dispatcher: mock });
    await assert.rejects(analyze({ url: 'http://news.example/story' }), (e: unknown) => {
      assert.ok(e instanceof DatelineError);
      assert.match(e.message, /169\.254\.169\.254|refused/);
      return true;
    });
    await mock.close();
  });

  it('fetches and analyses a public page', async () => {
    const mock = new MockAgent({ agent: new Agent({ connect: guardedConnector(stub) }) });
    mock.disableNetConnect();
    mock
      .get('http://news.example')
      .intercept({ path: '/story' })
      .reply(
        200,
        '<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1><p>The harbour of the invented town of Westport reopened on Monday after a week of repairs, officials said in a statement to the press.</p><p>Ferries will run again from Tuesday, the port authority added.</p></article></body></html>',
        { headers: { 'content-type': 'text/html; charset=utf-8' } },
      );
    const analyze = createAnalyzer({ resolver: stub, dispatcher: mock });
    const rec = await analyze({ url: 'http://news.example/story' });
    assert.match(rec.text, /Westport/);
    assert.ok(Array.isArray(rec.entities));
    await mock.close();
  });
});
