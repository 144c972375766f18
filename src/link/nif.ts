/**
 * A reader for the NIF/Turtle entity-linking gold sets (AIDA test-c, the N3 collection): documents
 * (nif:Context with nif:isString) and their linked mentions (anchorOf, begin/endIndex, referenceContext,
 * taIdentRef). Only the statement shapes those files use; not a general Turtle parser.
 */

export interface NifMention {
  start: number;
  end: number;
  anchor: string;
  /** The gold Wikipedia/DBpedia title ("Ally_Financial"), or null for NIL/notInWiki. */
  title: string | null;
}

export interface NifDoc {
  id: string;
  text: string;
  mentions: NifMention[];
}

const SUBJECT_RE = /^<([^>]+)>/;
const STRING_RE = /nif:isString\s+"((?:[^"\\]|\\.)*)"/;
const ANCHOR_RE = /nif:anchorOf\s+"((?:[^"\\]|\\.)*)"/;
const BEGIN_RE = /nif:beginIndex\s+"(\d+)"/;
const END_RE = /nif:endIndex\s+"(\d+)"/;
const CONTEXT_RE = /nif:referenceContext\s+<([^>]+)>/;
const IDENT_RE = /itsrdf:taIdentRef\s+<([^>]+)>/;

/** Un-escapes a Turtle string literal body (\" \\ \n \t \r \uXXXX). */
export function unescapeTurtle(s: string): string {
  return s.replace(/\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)/g, (_, e: string) => {
    if (e[0] === 'u' || e[0] === 'U') return String.fromCodePoint(parseInt(e.slice(1), 16));
    return e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e;
  });
}

/** The title a gold link names: the last path part of a Wikipedia or DBpedia URL; null for NIL links. */
export function goldTitle(url: string): string | null {
  const m = /^https?:\/\/(?:[a-z]+\.)?(?:wikipedia\.org\/wiki|dbpedia\.org\/resource)\/(.+)$/.exec(url);
  return m ? m[1]! : null;
}

/** Parses a NIF/Turtle file into documents with their mentions, in document-id order. */
export function parseNif(ttl: string): NifDoc[] {
  const docs = new Map<string, NifDoc>();
  const mentions: Array<NifMention & { context: string }> = [];
  for (const block of ttl.split(/\n\s*\n/)) {
    const b = block.trim();
    const subject = SUBJECT_RE.exec(b)?.[1];
    if (!subject) continue;
    const str = STRING_RE.exec(b);
    if (str) {
      docs.set(subject, { id: subject, text: unescapeTurtle(str[1]!), mentions: [] });
      continue;
    }
    const anchor = ANCHOR_RE.exec(b);
    const begin = BEGIN_RE.exec(b);
    const end = END_RE.exec(b);
    const context = CONTEXT_RE.exec(b);
    if (!anchor || !begin || !end || !context) continue;
    const ident = IDENT_RE.exec(b);
    mentions.push({
      start: Number(begin[1]),
      end: Number(end[1]),
      anchor: unescapeTurtle(anchor[1]!),
      title: ident ? goldTitle(ident[1]!) : null,
      context: context[1]!,
    });
  }
  for (const { context, ...m } of mentions) docs.get(context)?.mentions.push(m);
  for (const d of docs.values()) d.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  return [...docs.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
