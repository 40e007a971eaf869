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
  /** Per band key, the reports under it, by group: `root` was their group's first when filed. */
  private readonly byBand = new Map<number, Array<{ root: number; members: number[] }>>();

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
      for (const group of this.byBand.get(small(band)) ?? []) {
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
    const groups = this.byBand.get(key);
    if (!groups) {
      this.byBand.set(key, [{ root: k, members: [k] }]);
      return;
    }
    const byRoot = new Map<number, { root: number; members: number[] }>();
    for (const group of groups) {
      const root = this.find(group.root);
      const same = byRoot.get(root);
      if (!same) {
        byRoot.set(root, { root, members: group.members });
        continue;
      }
      // The smaller list goes into the larger one, so a report is moved O(log n) times at most.
      const [large, small] = same.members.length >= group.members.length ? [same.members, group.members] : [group.members, same.members];
      for (const m of small) large.push(m);
      same.members = large;
    }
    const root = this.find(k);
    const own = byRoot.get(root);
    if (own) own.members.push(k);
    else byRoot.set(root, { root, members: [k] });
    this.byBand.set(key, [...byRoot.values()]);
  }
}

// Band keys are 52-bit; folded to 31 bits they stay small integers. A rare fold collision
// only adds a candidate, which the similarity check then turns away.
function small(band: number): number {
  return band % 0x7fffffff;
}
