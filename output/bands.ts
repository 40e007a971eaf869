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
   * Compares report `k` with the earlier reports under its band keys that are in other groups
   * (`alike` decides), joins it to those it is like, and files it under its keys.
   */
  link(k: number, bands: readonly number[], alike: (other: number) => boolean): void {
    for (const band of bands) {
      const held = this.byBand.get(small(band));
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
    for (const band of bands) this.file(small(band), k);
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

// Band keys are 52-bit; folded to 31 bits they stay small integers. A rare fold collision
// only adds a candidate, which the similarity check then turns away.
function small(band: number): number {
  return band % 0x7fffffff;
}
