/**
 * Inputs → RawDocuments. (Minimal version: files, directories, JSONL, stdin; hardened separately.)
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DatelineError } from '../doc/errors.js';
import type { InputItem, InputOptions, RawDocument } from './types.js';

const EXTENSIONS = /\.(html?|xhtml|txt|jsonl)(\.gz)?$/i;

export async function* readInputs(specs: string[], opts: InputOptions = {}): AsyncGenerator<InputItem> {
  for (const spec of specs) {
    let st: Awaited<ReturnType<typeof stat>>;
    try {
      st = await stat(spec);
    } catch (cause) {
      yield {
        ok: false,
        input: spec,
        error: new DatelineError('not-found', `no such file or directory: ${spec}`, { cause }),
      };
      continue;
    }
    if (st.isDirectory()) {
      for (const f of await listDir(spec)) yield* readFileInput(f, opts);
    } else yield* readFileInput(spec, opts);
  }
}

async function listDir(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listDir(p)));
    else if (EXTENSIONS.test(e.name)) out.push(p);
  }
  return out;
}

async function* readFileInput(path: string, opts: InputOptions): AsyncGenerator<InputItem> {
  let bytes: Buffer = await readFile(path);
  if (/\.gz$/i.test(path)) bytes = gunzipSync(bytes);
  const content = bytes.toString('utf8');
  const name = path.replace(/\.gz$/i, '');
  if (/\.jsonl$/i.test(name)) {
    const lines = content.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!.trim();
      if (!line) continue;
      const o = JSON.parse(line) as Record<string, string>;
      const doc: RawDocument = {
        input: `${path}:${i + 1}`,
        id: o.id,
        url: o.url ?? null,
        title: o.title,
        published: o.published,
        kind: o.html !== undefined ? 'html' : 'text',
        content: o.html ?? o.text ?? '',
        warnings: [],
      };
      yield { ok: true, doc };
    }
    return;
  }
  const kind = /\.txt$/i.test(name) ? 'text' : 'html';
  yield { ok: true, doc: { input: path, url: opts.url ?? null, kind, content, warnings: [] } };
}
