/**
 * Groups of copies among reports added one at a time (by rank): union-find over the ranks, a
 * group's first being its lowest rank, and LSH bands to find which earlier reports a new one
 * must be compared with. Held in memory while linking, rebuilt from the stored signatures.
 *
 * A group is the connected component of "compared and alike", so it does not depend on the
 * order comparisons are made in; what matters is that every earlier report sharing a band
 * with a new one, and not yet in its group, is compared with it. The reports under a band key
 * are kept by group: once the new report is in a group, that group's members are passed over
 * as a whole rather than one by one (a report re-posted a thousand times was compared with,
 * or at least looked at beside, every earlier copy: time grew with the square of the copies).
 */
export class CopyGroups {
  private readonly parent: number[] = [];
  /**
   * Per band key, the reports under it, by group (`root` was their group's first when filed);
   * a key that one report alone has, and most have one, holds just its rank.
   */
  private readonly byBand = new Map<number, number | Group[]>();

  /** A new report, alone in its group: returns its rank. */
  add(): number {
    return this.parent.push(this.parent.length) - 1;
  }

  /** The first (lowest rank) of the group of report `k`. */
  find(k: number): number {
    let root = k;
    while (this.parent[root] !== root) root = this.parent[root] as number;
    for (let at = k; at !== root; ) {
      const up = this.parent[at] as number;
      this.parent[at] = root;
      at = up;
    }
    return root;
  }

  join(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }

  /**
   * Compares report `k` with the earlier reports under its band keys (folded, as BandKeys gives
   * them) that are in other groups (`alike` decides), joins it to those it is like, and files
   * it under its keys.
   */
  link(k: number, bands: readonly number[], alike: (other: number) => boolean): void {
    for (const band of bands) {
      const held = this.byBand.get(band);
      if (held === undefined) continue;
      if (typeof held === "number") {
        if (this.find(held) !== this.find(k) && alike(held)) this.join(k, held);
        continue;
      }
      for (const group of held) {
        if (this.find(group.root) === this.find(k)) continue;
        for (const other of group.members) {
          if (!alike(other)) continue;
          this.join(k, other);
          break;
        }
      }
    }
    for (const band of bands) this.file(band, k);
  }

  /** Files `k` under a band key with its group, merging the key's groups that have become one. */
  private file(key: number, k: number): void {
    const held = this.byBand.get(key);
    if (held === undefined) {
      this.byBand.set(key, k);
      return;
    }
    const root = this.find(k);
    const groups = typeof held === "number" ? [{ root: held, members: [held] }] : held;
    if (groups !== held) this.byBand.set(key, groups);
    for (const group of groups) group.root = this.find(group.root);
    // Most keys hold one group, often the new report's own: nothing to merge.
    const merged = groups.length > 1 ? this.merge(groups) : groups;
    if (merged !== groups) this.byBand.set(key, merged);
    const own = merged.find((g) => g.root === root);
    if (own) own.members.push(k);
    else merged.push({ root, members: [k] });
  }

  /** Groups under one key whose reports have come to share a group, made one. */
  private merge(groups: Group[]): Group[] {
    const byRoot = new Map<number, Group>();
    for (const group of groups) {
      const same = byRoot.get(group.root);
      if (!same) {
        byRoot.set(group.root, group);
        continue;
      }
      // The smaller list goes into the larger one, so a report is moved O(log n) times at most.
      const [large, small] = same.members.length >= group.members.length ? [same.members, group.members] : [group.members, same.members];
      for (const m of small) large.push(m);
      same.members = large;
    }
    return byRoot.size === groups.length ? groups : [...byRoot.values()];
  }
}

/** Reports filed under one band key that are in one group. */
interface Group {
  root: number;
  members: number[];
}

/**
 * The band keys of every report, folded, in one typed array, and which keys more than one
 * report has: a key no other report has can give no candidate, so it need not be filed. Most
 * keys are a single report's; filing them all made the band index of a 1 GB archive (three
 * million keys) most of the memory a run needed.
 */
export class BandKeys {
  private keys: Float64Array;
  private used = 0;
  private readonly at: Int32Array;
  private readonly counts: Uint8Array;
  private sorted = new Float64Array(0);

  /** `perReport`: how many keys a report has, as a first guess of the room needed. */
  constructor(reports: number, perReport = 16) {
    this.keys = new Float64Array(Math.max(16, reports * perReport));
    this.at = new Int32Array(reports);
    this.counts = new Uint8Array(reports);
  }

  set(k: number, bands: readonly number[]): void {
    while (this.used + bands.length > this.keys.length) {
      const grown = new Float64Array(this.keys.length * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    this.at[k] = this.used;
    this.counts[k] = bands.length;
    for (const band of bands) this.keys[this.used++] = fold(band);
  }

  /** Called once every report's keys are set, before `shared`. */
  seal(): void {
    this.sorted = this.keys.slice(0, this.used).sort();
  }

  /** Report k's keys that another report has too. */
  shared(k: number): number[] {
    const out: number[] = [];
    const at = this.at[k] as number;
    for (let i = at; i < at + (this.counts[k] as number); i++) {
      const key = this.keys[i] as number;
      const first = lowerBound(this.sorted, key);
      if (this.sorted[first + 1] === key) out.push(key);
    }
    return out;
  }
}

function lowerBound(sorted: Float64Array, key: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Band keys are 52-bit; folded to 31 bits they stay small integers. A rare fold collision
// only adds a candidate, which the similarity check then turns away.
function fold(band: number): number {
  return band % 0x7fffffff;
}
