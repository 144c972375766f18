import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every .tml file under dir (TimeML corpora in ../shared/data), depth first, each folder's entries in
 * name order, so corpora built from them are byte-identical run to run. An absent folder gives none.
 */
export function tmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.tml')) out.push(p);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}
