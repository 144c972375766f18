/**
 * Record output: jsonl (one object per line), json (one array), text (for people).
 * Colour only on a terminal, never with NO_COLOR.
 */
import { createWriteStream, openSync } from 'node:fs';
import type { Writable } from 'node:stream';
import type { ArticleRecord, DatelineRecordOut, ErrorRecord } from '../doc/record.js';
import { UsageError } from './command.js';
import { eventWriter } from './exports.js';

/** plover and csv export the events layer (analyze only; src/cli/exports.ts). */
export type Format = 'jsonl' | 'json' | 'text' | 'plover' | 'csv';

export function resolveFormat(value: string | undefined, isTTY: boolean | undefined): Format {
  if (value === undefined) return isTTY ? 'text' : 'jsonl';
  if (value === 'jsonl' || value === 'json' || value === 'text' || value === 'plover' || value === 'csv')
    return value;
  throw new UsageError(`--format must be jsonl, json, text, plover or csv (got "${value}")`);
}

/** Where the event exports send what is not the main table: the csv mentions table, failed documents. */
export interface ExportStreams {
  mentions?: string | undefined;
  stderr: Writable;
}

export function useColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return Boolean(stream.isTTY) && env.NO_COLOR === undefined && env.TERM !== 'dumb';
}

export interface RecordWriter {
  write(rec: DatelineRecordOut): void;
  close(): Promise<void>;
}

/** The output stream; -o FILE is opened before any work, so a bad path fails at once, in one line. */
export function openOutput(file: string | undefined, stdout: Writable): { stream: Writable; owned: boolean } {
  if (!file || file === '-') return { stream: stdout, owned: false };
  let fd: number;
  try {
    fd = openSync(file, 'w');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new UsageError(`cannot write ${file} (${code})`);
  }
  return { stream: createWriteStream('', { fd }), owned: true };
}

export function recordWriter(
  stream: Writable,
  format: Format,
  color: boolean,
  owned: boolean,
  exports?: ExportStreams,
): RecordWriter {
  if (format === 'plover' || format === 'csv') {
    const m = format === 'csv' && exports?.mentions ? openOutput(exports.mentions, stream) : null;
    return eventWriter(format, stream, exports?.stderr ?? stream, m?.stream ?? null, {
      stream: owned,
      mentions: m?.owned ?? false,
    });
  }
  let first = true;
  return {
    write(rec) {
      if (format === 'jsonl') stream.write(`${JSON.stringify(rec)}\n`);
      else if (format === 'json') {
        stream.write(`${first ? '[\n' : ',\n'}${indent(JSON.stringify(rec, null, 2))}`);
      } else stream.write(`${formatText(rec, color)}\n`);
      first = false;
    },
    close() {
      if (format === 'json') stream.write(first ? '[]\n' : '\n]\n');
      if (!owned) return Promise.resolve();
      return new Promise((resolve, reject) => {
        stream.once('error', reject);
        stream.end(() => resolve());
      });
    },
  };
}

function indent(s: string): string {
  return s.replace(/^/gm, '  ');
}

const style = (color: boolean) => ({
  bold: (s: string) => (color ? `\x1b[1m${s}\x1b[22m` : s),
  dim: (s: string) => (color ? `\x1b[2m${s}\x1b[22m` : s),
  red: (s: string) => (color ? `\x1b[31m${s}\x1b[39m` : s),
  yellow: (s: string) => (color ? `\x1b[33m${s}\x1b[39m` : s),
});

function isError(rec: DatelineRecordOut): rec is ErrorRecord {
  return 'error' in rec && typeof (rec as ErrorRecord).error === 'object';
}

/** A record as people read it: header lines, then the body. */
export function formatText(rec: DatelineRecordOut, color: boolean): string {
  const s = style(color);
  if (isError(rec))
    return `${s.red('✗')} ${rec.input}${rec.id ? ` [${rec.id}]` : ''}: ${rec.error.message} (${rec.error.code})\n`;
  const a = rec as ArticleRecord;
  const lines: string[] = [];
  lines.push(s.dim(`── ${a.input}${a.id ? ` [${a.id}]` : ''}`));
  lines.push(s.bold(a.title ?? '(no title)'));
  const facts: string[] = [];
  if (a.authors.length) facts.push(`by ${a.authors.join(', ')}`);
  if (a.published) facts.push(`published ${a.published}`);
  if (a.dateline)
    facts.push(
      `dateline ${[a.dateline.place, a.dateline.date, a.dateline.agency].filter(Boolean).join(' · ')}`,
    );
  if (a.language) facts.push(`language ${a.language}`);
  if (facts.length) lines.push(s.dim(facts.join(' | ')));
  if (a.url) lines.push(s.dim(a.url));
  for (const w of a.warnings) lines.push(s.yellow(`! ${w.message} (${w.code})`));
  lines.push('');
  lines.push(a.text);
  return `${lines.join('\n')}\n`;
}
