import {
  ACQUISITION_VERBS, BUDGET_INCOME, BUDGET_SPENDING, ENROLLING_VERBS, FOUNDING_WORDS, FUNDS_DISBURSED, FUNDS_RAISED, GIVING_VERBS, MEMBERS_ENROLLED,
  MEMBERS_TOTAL, PEOPLE_HELPED, PEOPLE_TRAINED, PERCENT_SIGNS, RECEIVING_VERBS, SHARE_WORDS, UNION_NOUNS,
  UNIONS_ESTABLISHED, UNIONS_TOTAL, type Metric,
} from "../../dictionaries/cues/index.js";
import { PAID_OUT_NOUNS } from "./money/rules.js";

/**
 * For each metric, every word a rule may stand on to decide it: a claim's cue is one of them
 * (in simplified script). An auditor checks a rule against this list; the tests check claims.
 */
export const EVIDENCE_WORDS: Readonly<Record<Metric, readonly string[]>> = {
  unions_established: [...UNIONS_ESTABLISHED, ...FOUNDING_WORDS],
  unions_total: [...UNIONS_TOTAL, ...UNION_NOUNS, ...UNION_NOUNS.map((n) => n + "组织")],
  members_enrolled: [...MEMBERS_ENROLLED, ...ENROLLING_VERBS],
  members_total: [...MEMBERS_TOTAL],
  // Money paid to the report's own body comes in: a paying verb can decide money raised.
  funds_raised: [...FUNDS_RAISED, ...ACQUISITION_VERBS, ...FUNDS_DISBURSED, ...BUDGET_INCOME],
  funds_disbursed: [...FUNDS_DISBURSED, ...PAID_OUT_NOUNS, ...BUDGET_SPENDING],
  people_helped: [...PEOPLE_HELPED, ...GIVING_VERBS, ...RECEIVING_VERBS],
  people_trained: [...PEOPLE_TRAINED],
  rate: [...SHARE_WORDS, ...PERCENT_SIGNS],
};
