/**
 * Which reports share an LSH band with a new one: the candidates for near-duplicate checks.
 * Held in memory while writing and rebuilt from the stored signatures when a writer starts,
 * because as a table (16 randomly keyed rows per report) it was a third of all rows written
 * and most of the pages every commit rewrote.
 */
export class BandIndex {
  /** Report ids by slot; the map below holds slots, small integers that V8 stores unboxed. */
  private readonly ids: number[] = [];
  private readonly slots = new Map<number, number | number[]>();

  add(reportId: number, bands: readonly number[]): void {
    if (bands.length === 0) return;
    const slot = this.ids.push(reportId) - 1;
    for (const band of bands) {
      const key = small(band);
      const held = this.slots.get(key);
      if (held === undefined) this.slots.set(key, slot);
      else if (typeof held === "number") this.slots.set(key, [held, slot]);
      else held.push(slot);
    }
  }

  /** Ids of the reports sharing at least one band, in the order they were added. */
  candidates(bands: readonly number[]): number[] {
    const found = new Set<number>();
    for (const band of bands) {
      const held = this.slots.get(small(band));
      if (held === undefined) continue;
      if (typeof held === "number") found.add(held);
      else for (const slot of held) found.add(slot);
    }
    return [...found].sort((a, b) => a - b).map((slot) => this.ids[slot] as number);
  }
}

// Band keys are 52-bit; folded to 31 bits they stay small integers. A rare fold collision
// only adds a candidate, which the similarity check then turns away.
function small(band: number): number {
  return band % 0x7fffffff;
}
