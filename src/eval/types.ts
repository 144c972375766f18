/** An evaluation suite: the benchmark's own metric over a data set, with floors pinned in config/floors.json. */
export interface SuiteResult {
  suite: string;
  /** The metrics the floors apply to, e.g. {"f1": 0.97}. */
  metrics: Record<string, number>;
  /** Items scored. */
  items: number;
  /** Extra detail for people (per-item scores, worst items). */
  details?: unknown;
  /** When the data is absent: why the suite was skipped. */
  skipped?: string;
}

export interface SuiteOptions {
  /** The data root (../shared/data) or the suite's own folder. */
  data: string;
  /** dev | holdout | all: the held-out part is never looked at while tuning. */
  split: 'dev' | 'holdout' | 'all';
  onProgress?: (done: number, total: number) => void;
}

export interface Suite {
  name: string;
  description: string;
  run(opts: SuiteOptions): Promise<SuiteResult>;
}
