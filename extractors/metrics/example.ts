import type { Metric } from "../../dictionaries/cues/index.js";
import type { Approx } from "../../dictionaries/qualifiers.js";
import type { Status } from "../status.js";

/** A claim an example sentence must yield. Unlisted attributes default to exact/actual. */
export interface ExpectedClaim {
  quote: string;
  metric: Metric;
  value: number | null;
  unit: string;
  approx?: Approx;
  status?: Status;
  redacted?: boolean;
  /** The quote of the total this figure is a part of (其中…, …共计), when it is one. */
  partOf?: string;
}

/**
 * A sentence in the genre and every claim it yields: nothing more, nothing less. An empty
 * list is a negative example (figures that no metric may take).
 */
export interface Example {
  text: string;
  claims: ExpectedClaim[];
  note?: string;
}
