import { Command } from "commander";
import { z } from "zod";
import { METRICS } from "../../extractors/index.js";
import { openReadOnly } from "../../output/db.js";
import { claimsForAudit, findingsForClaim, sourceWindow, type ClaimForAudit, type FindingForAudit } from "../../output/queries.js";
import { UsageError } from "../errors.js";
import { wholeNumber } from "../options.js";

export const AuditOptions = z.object({
  db: z.string().min(1),
  claimId: wholeNumber().optional(),
  report: wholeNumber().optional(),
  metric: z.enum(METRICS).optional(),
  limit: wholeNumber((n) => n.positive()).default(50),
  json: z.boolean().default(false),
});
export type AuditOptions = z.infer<typeof AuditOptions>;

export interface AuditEntry {
  claim: ClaimForAudit;
  /** The sentence around the claim with the quote marked 【…】, as text (markup stripped). */
  sentence: string;
  findings: FindingForAudit[];
}

// How far around a claim its sentence is looked for, in code points.
const REACH = 160;
const SENTENCE_END = /[。；;！!？?\n]/;

/** The sentence around [start, end) with the quote marked; HTML markup is stripped for reading. */
export function markedSentence(window: string, at: number, length: number, html: boolean): string {
  const chars = Array.from(window);
  let from = at;
  while (from > 0 && !SENTENCE_END.test(chars[from - 1] ?? "")) from--;
  let to = at + length;
  while (to < chars.length && !SENTENCE_END.test(chars[to] ?? "")) to++;
  if (to < chars.length) to++;
  const plain = (s: string) => (html ? s.replace(/<[^>]*>/g, "").replace(/&nbsp;/g, " ") : s);
  const before = plain(chars.slice(from, at).join(""));
  const quote = chars.slice(at, at + length).join("");
  const after = plain(chars.slice(at + length, to).join(""));
  return `${before}【${quote}】${after}`.replace(/\s+/g, " ").trim();
}

export function runAudit(options: AuditOptions): { entries: AuditEntry[]; output: string } {
  const db = openReadOnly(options.db);
  try {
    const claims = claimsForAudit(db, {
      claimId: options.claimId, reportId: options.report, metric: options.metric, limit: options.limit,
    });
    if (options.claimId !== undefined && claims.length === 0) throw new UsageError(`no claim with id ${options.claimId}`);
    if (options.report !== undefined && claims.length === 0 && !db.prepare("SELECT 1 FROM reports WHERE id = ?").get(options.report)) {
      throw new UsageError(`no report with id ${options.report}`);
    }
    const entries = claims.map((claim) => {
      const from = Math.max(0, claim.start - REACH);
      const window = sourceWindow(db, claim.source_id, from, claim.end + REACH);
      return {
        claim,
        sentence: markedSentence(window, claim.start - from, claim.end - claim.start, claim.format === "html"),
        findings: findingsForClaim(db, claim.id),
      };
    });
    return { entries, output: options.json ? JSON.stringify(entries, null, 2) + "\n" : entries.map(formatEntry).join("\n") };
  } finally {
    db.close();
  }
}

function formatEntry(e: AuditEntry): string {
  const c = e.claim;
  const value = c.value === null ? "(left out)" : `${c.value} ${c.unit}`;
  const report = [c.title ?? "(untitled)", c.org ?? "(no org named)", c.admin_level, c.year ?? (c.year_hidden ? "year hidden" : "no year")]
    .filter(Boolean).join(" · ");
  const lines = [
    `claim ${c.id}: ${c.metric} = ${value} (${c.approx}, ${c.status})${c.redacted ? " redacted" : ""}`,
    `  quote     "${c.quote}" at ${c.start}–${c.end}, rule ${c.rule}`,
    `  source    ${c.path}`,
    `  report    #${c.report_idx} (id ${c.report_id}) ${report}${c.duplicate_of ? `, re-post of report ${c.duplicate_of}` : ""}`,
    `  sentence  ${e.sentence}`,
    ...(e.findings.length === 0 ? ["  findings  none"] : e.findings.map((f, i) => `  ${i === 0 ? "findings " : "         "} ${f.kind} (${f.severity}): ${f.message}`)),
  ];
  return lines.join("\n") + "\n";
}

export const audit = new Command("audit")
  .description("show claims with their source, the sentence they stand in, the rule, the report and the findings about them")
  .argument("[claim-id]", "one claim (claims.id)")
  .requiredOption("--db <file>", "the SQLite dataset")
  .option("--report <id>", "the claims of one report (reports.id)")
  .option("--metric <metric>", `the claims of one metric: ${METRICS.join(", ")}`)
  .option("--limit <n>", "at most this many claims", "50")
  .option("--json", "print JSON")
  .action((claimId: string | undefined, opts: Record<string, unknown>) => {
    process.stdout.write(runAudit(AuditOptions.parse({ ...opts, claimId })).output);
  });
