import type { Metric } from "../../dictionaries/cues/index.js";
import { EXCESS_MARKERS } from "../../dictionaries/cues/index.js";
import { endsWithAny, type Context, type EarlierClaim, type Span } from "../context.js";
import type { Status } from "../status.js";

/**
 * A label for one quantity, with its evidence: `cue` is where the word that decided the metric
 * stands (the verb, or the noun when a noun decided), `noun` the counted noun where one was used.
 */
export interface Label {
  metric: Metric;
  unit: string;
  value?: number | null;
  cue?: Span;
  noun?: Span;
  /** Status, where the rule reads it itself (a table's column: 全年任务); else read from the sentence. */
  status?: Status;
  /** The total this figure is a part of (其中…), one of the context's earlier claims: sums must not count both. */
  partOf?: EarlierClaim;
}

/** What a rule decides about one quantity. */
export type Verdict =
  | Label
  /** The figure is not a claim of any metric, and no later rule may label it. */
  | { veto: true };

/**
 * A rule reads the context of one quantity and labels it, vetoes it, or passes (undefined).
 * `id` is a stable slug stored in `claims.rule`; rules run in the order of their list.
 */
export interface Rule {
  id: string;
  summary: string;
  apply(ctx: Context): Verdict | undefined;
}

export const VETO: Verdict = { veto: true };

/**
 * A veto for the excess over a quota (发展会员1200人(超任务80名)): the figure after 超任务
 * counts nothing, whichever family's unit it carries.
 */
export function excessOverQuota(id: string, summary: string, counts: (ctx: Context) => boolean): Rule {
  return {
    id,
    summary,
    apply(ctx) {
      if (!counts(ctx)) return undefined;
      return endsWithAny(ctx.left, EXCESS_MARKERS) ? VETO : undefined;
    },
  };
}
