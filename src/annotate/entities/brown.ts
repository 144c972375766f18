/**
 * Exact Brown clustering (Brown et al. 1992) by Liang's (2005) windowed agglomerative algorithm, as an
 * alternative to the PDDP stand-in of clusters.ts (build:clusters --brown C). Deterministic.
 *
 *   1. Keys (clusterKey) seen ≥ minCount times, in order of count (then key): the vocabulary. Bigrams
 *      of adjacent vocabulary tokens within a sentence (a rarer word breaks the chain); each key's
 *      left and right marginals are its counts as the first and the second of a bigram, over the whole
 *      text, fixed from the start.
 *   2. Words enter one at a time, most frequent first, each as a cluster of its own. Whenever more than
 *      C clusters are active, the two whose merge loses the least average mutual information (AMI) of
 *      the cluster bigram model are merged. The loss of every active pair is kept up to date in O(C²)
 *      per step (Liang 2005, §3.2): a new cluster, or a merged one, adds its terms to every other pair's
 *      loss and its own pairs are computed afresh.
 *   3. When every word is in, the C clusters are merged the same way down to one: the merge tree.
 *   4. A word's path is its cluster's bit string in that tree (left 0, right 1), cut at MAX_BITS.
 *
 * Ties go to the first pair in slot order. Bigram counts among clusters hold only words already in;
 * the marginals are the words' full counts (as in Liang's wcluster).
 */
/** Deepest path kept: a path is stored in a u32 with a leading 1. */
const MAX_BITS = 30;

export interface BrownOptions {
  clusters: number;
  minCount: number;
  /** Called every `every` words with the number of words in (progress). */
  progress?: (words: number, total: number) => void;
  /**
   * Called before each merge with its loss, the active clusters (word ids by vocabulary rank, in slot
   * order) and the two merged (indices into that list): for tests.
   */
  trace?: (loss: number, clusters: number[][], a: number, b: number) => void;
}

/**
 * Brown clusters of the sentences, given as cluster keys (clusters.ts clusterKey): each vocabulary key
 * with its path (with a leading 1).
 */
export function brownClusters(
  keyed: readonly (readonly string[])[],
  opts: BrownOptions,
): { keys: string[]; paths: Uint32Array } {
  // 1. Vocabulary and bigrams.
  const counts = new Map<string, number>();
  for (const s of keyed) for (const k of s) counts.set(k, (counts.get(k) ?? 0) + 1);
  const vocab = [...counts]
    .filter(([, c]) => c >= opts.minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([k]) => k);
  const V = vocab.length;
  const id = new Map(vocab.map((k, i) => [k, i]));
  const big = new Map<number, number>();
  for (const s of keyed)
    for (let i = 0; i + 1 < s.length; i++) {
      const a = id.get(s[i]!);
      const b = id.get(s[i + 1]!);
      if (a === undefined || b === undefined) continue;
      const key = a * V + b;
      big.set(key, (big.get(key) ?? 0) + 1);
    }
  const wl = new Float64Array(V);
  const wr = new Float64Array(V);
  let N = 0;
  const right: [number, number][][] = vocab.map(() => []);
  const left: [number, number][][] = vocab.map(() => []);
  for (const [key, c] of [...big].sort((x, y) => x[0] - y[0])) {
    const a = Math.floor(key / V);
    const b = key % V;
    wl[a]! += c;
    wr[b]! += c;
    N += c;
    right[a]!.push([b, c]);
    left[b]!.push([a, c]);
  }
  const C = Math.max(1, Math.min(opts.clusters, V));
  const K = C + 1;
  const P = new Float64Array(K * K);
  const Q = new Float64Array(K * K);
  const L = new Float64Array(K * K);
  const PL = new Float64Array(K);
  const PR = new Float64Array(K);
  const active = new Uint8Array(K);
  const slotOf = new Int32Array(V).fill(-1);
  const members: number[][] = Array.from({ length: K }, () => []);
  const node = new Int32Array(K).fill(-1);
  const logN = Math.log(N || 1);
  // Logs of the marginals, kept beside them (one Math.log per AMI term instead of three).
  const LPL = new Float64Array(K);
  const LPR = new Float64Array(K);
  /** One term of the AMI (in count units): p(x,y) log p(x,y) / (p(x) p(y)), from the marginals' logs. */
  const qv = (pxy: number, logLx: number, logRy: number): number =>
    pxy > 0 ? pxy * (Math.log(pxy) + logN - logLx - logRy) : 0;
  const pairL = (c: number, d: number) => (c < d ? c * K + d : d * K + c);
  const slots = (): number[] => {
    const out: number[] = [];
    for (let s = 0; s < K; s++) if (active[s]) out.push(s);
    return out;
  };
  const setQ = (x: number, act: readonly number[]) => {
    for (const y of act) {
      Q[x * K + y] = qv(P[x * K + y]!, LPL[x]!, LPR[y]!);
      Q[y * K + x] = qv(P[y * K + x]!, LPL[y]!, LPR[x]!);
    }
  };
  /** The loss of merging c and d, from scratch (O(C)). */
  const fresh = (c: number, d: number, act: readonly number[]): number => {
    const lcd = Math.log(PL[c]! + PL[d]!);
    const rcd = Math.log(PR[c]! + PR[d]!);
    let sum =
      Q[c * K + c]! +
      Q[c * K + d]! +
      Q[d * K + c]! +
      Q[d * K + d]! -
      qv(P[c * K + c]! + P[c * K + d]! + P[d * K + c]! + P[d * K + d]!, lcd, rcd);
    for (const y of act) {
      if (y === c || y === d) continue;
      sum +=
        Q[c * K + y]! +
        Q[y * K + c]! +
        Q[d * K + y]! +
        Q[y * K + d]! -
        qv(P[c * K + y]! + P[d * K + y]!, lcd, LPR[y]!) -
        qv(P[y * K + c]! + P[y * K + d]!, LPL[y]!, rcd);
    }
    return sum;
  };
  /** The logs of the merged marginals of every pair c < d (kept with L; set by logPair). */
  const LCD = new Float64Array(K * K);
  const RCD = new Float64Array(K * K);
  const logPair = (c: number, d: number) => {
    const at = pairL(c, d);
    LCD[at] = Math.log(PL[c]! + PL[d]!);
    RCD[at] = Math.log(PR[c]! + PR[d]!);
  };
  /** What cluster y adds to the loss of merging c and d (c < d, logPair(c, d) done). */
  const contrib = (y: number, c: number, d: number): number =>
    Q[c * K + y]! +
    Q[y * K + c]! +
    Q[d * K + y]! +
    Q[y * K + d]! -
    qv(P[c * K + y]! + P[d * K + y]!, LCD[c * K + d]!, LPR[y]!) -
    qv(P[y * K + c]! + P[y * K + d]!, LPL[y]!, RCD[c * K + d]!);

  /** Puts cluster x's terms into the losses of the other pairs and computes its own pairs afresh. */
  const addCluster = (x: number, rest: readonly number[], act: readonly number[]) => {
    for (let i = 0; i < rest.length; i++)
      for (let j = i + 1; j < rest.length; j++) {
        const c = rest[i]!;
        const d = rest[j]!;
        L[c * K + d]! += contrib(x, c, d);
      }
    for (const c of rest) {
      logPair(x, c);
      L[pairL(x, c)] = fresh(x, c, act);
    }
  };

  const kids: [number, number][] = [];
  let nextNode = 0;
  /** Merges the best pair of active clusters (step 2, 3). */
  const mergeBest = () => {
    const act = slots();
    let best = Infinity;
    let a = -1;
    let b = -1;
    for (let i = 0; i < act.length; i++)
      for (let j = i + 1; j < act.length; j++) {
        const l = L[act[i]! * K + act[j]!]!;
        if (l < best) {
          best = l;
          a = act[i]!;
          b = act[j]!;
        }
      }
    if (opts.trace)
      opts.trace(
        best,
        act.map((s) => [...members[s]!]),
        act.indexOf(a),
        act.indexOf(b),
      );
    const rest = act.filter((s) => s !== a && s !== b);
    // Every other pair: take out a's and b's terms (old counts)...
    for (let i = 0; i < rest.length; i++)
      for (let j = i + 1; j < rest.length; j++) {
        const c = rest[i]!;
        const d = rest[j]!;
        L[c * K + d]! -= contrib(a, c, d) + contrib(b, c, d);
      }
    // ... merge b into a ...
    for (const y of act) {
      if (y === a || y === b) continue;
      P[a * K + y]! += P[b * K + y]!;
      P[y * K + a]! += P[y * K + b]!;
    }
    P[a * K + a] = P[a * K + a]! + P[a * K + b]! + P[b * K + a]! + P[b * K + b]!;
    PL[a]! += PL[b]!;
    PR[a]! += PR[b]!;
    LPL[a] = Math.log(PL[a]!);
    LPR[a] = Math.log(PR[a]!);
    for (let y = 0; y < K; y++) {
      P[b * K + y] = 0;
      P[y * K + b] = 0;
      Q[b * K + y] = 0;
      Q[y * K + b] = 0;
      L[pairL(b, y)] = 0;
    }
    PL[b] = 0;
    PR[b] = 0;
    active[b] = 0;
    for (const w of members[b]!) slotOf[w] = a;
    members[a]!.push(...members[b]!);
    members[b] = [];
    kids.push([node[a]!, node[b]!]);
    node[a] = nextNode++;
    node[b] = -1;
    const now = act.filter((s) => s !== b);
    setQ(a, now);
    // ... and put the merged cluster's terms back in; its own pairs afresh.
    addCluster(a, rest, now);
  };

  // Step 2: words in, one at a time. Leaf nodes are numbered 0 … C-1 in step 3 (the clusters at its start).
  const leafOfWord = new Int32Array(V);
  for (let w = 0; w < V; w++) {
    let s = 0;
    while (active[s]) s++;
    active[s] = 1;
    slotOf[w] = s;
    members[s] = [w];
    node[s] = -2; // a word cluster, not yet a tree node
    PL[s] = wl[w]!;
    PR[s] = wr[w]!;
    LPL[s] = Math.log(PL[s]!);
    LPR[s] = Math.log(PR[s]!);
    for (const [u, c] of right[w]!) if (slotOf[u]! >= 0) P[s * K + slotOf[u]!]! += c;
    for (const [u, c] of left[w]!) if (slotOf[u]! >= 0 && u !== w) P[slotOf[u]! * K + s]! += c;
    const act = slots();
    setQ(s, act);
    const rest = act.filter((x) => x !== s);
    addCluster(s, rest, act);
    if (act.length > C) mergeBest();
    if (opts.progress && (w + 1) % 1000 === 0) opts.progress(w + 1, V);
  }
  // Step 3: the C clusters become the tree's leaves, then merge down to one.
  kids.length = 0;
  nextNode = 0;
  const leafOfSlot = new Int32Array(K).fill(-1);
  for (const s of slots()) {
    leafOfSlot[s] = nextNode;
    node[s] = nextNode++;
  }
  const leaves = nextNode;
  for (let w = 0; w < V; w++) leafOfWord[w] = leafOfSlot[slotOf[w]!]!;
  while (slots().length > 1) mergeBest();
  // Step 4: paths from the root.
  const pathOfNode = new Uint32Array(nextNode);
  const depth = new Int32Array(nextNode);
  const root = nextNode - 1;
  pathOfNode[root] = 1;
  for (let n = root; n >= leaves; n--) {
    const [l, r] = kids[n - leaves]!;
    for (const [child, bit] of [
      [l, 0],
      [r, 1],
    ] as const) {
      depth[child] = depth[n]! + 1;
      pathOfNode[child] = depth[child]! <= MAX_BITS ? pathOfNode[n]! * 2 + bit : pathOfNode[n]!;
    }
  }
  return { keys: vocab, paths: Uint32Array.from(leafOfWord, (leaf) => pathOfNode[leaf]!) };
}
