import { Command } from "commander";
import { z } from "zod";
import { METRICS } from "../../extractors/index.js";
import { openReadOnly, requireMigration } from "../../output/db.js";
import type { Db } from "../../output/db.js";
import { claimsForAudit, findingsForClaim, lastRoot, readableOf, readableWindow, sourceWindow, type ClaimForAudit, type FindingForAudit } from "../../output/queries.js";
import { ReadableMap } from "../../output/readable.js";
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
  /** The folder the source's path is relative to (the last run's root). */
  root: string | null;
  /** Where the report's title, org and year were read, with the source text there. */
  readings: Array<{ field: "title" | "org" | "year"; start: number; end: number; text: string }>;
  /** The sentence around the claim with the quote marked 【…】, as text (markup stripped). */
  sentence: string;
  findings: FindingForAudit[];
}

// How far around a claim its sentence is looked for, in code points.
const REACH = 160;
const SENTENCE_END = /[。；;！!？?\n]/;

/**
 * The sentence around [start, end) with the quote marked 【…】 and, when it stands in the
 * window, the word that decided the metric marked 「…」; HTML markup is stripped for reading.
 */
export function markedSentence(window: string, at: number, length: number, html: boolean, cue?: { at: number; length: number }): string {
  const chars = Array.from(window);
  const cueIn = cue && cue.at >= 0 && cue.at + cue.length <= chars.length && (cue.at + cue.length <= at || cue.at >= at + length) ? cue : undefined;
  let from = Math.min(at, cueIn?.at ?? at);
  while (from > 0 && !SENTENCE_END.test(chars[from - 1] ?? "")) from--;
  let to = Math.max(at + length, cueIn ? cueIn.at + cueIn.length : 0);
  while (to < chars.length && !SENTENCE_END.test(chars[to] ?? "")) to++;
  if (to < chars.length) to++;
  const plain = (s: string) => (html ? s.replace(/<[^>]*>/g, "").replace(/&nbsp;/g, " ") : s);
  // The marks, in text order: the quote as written, the cue as read.
  const marks = [{ at, length, open: "【", close: "】", raw: true }];
  if (cueIn) marks.push({ at: cueIn.at, length: cueIn.length, open: "「", close: "」", raw: false });
  marks.sort((a, b) => a.at - b.at);
  let out = "";
  let k = from;
  for (const m of marks) {
    out += plain(chars.slice(k, m.at).join(""));
    const inner = chars.slice(m.at, m.at + m.length).join("");
    out += m.open + (m.raw ? inner : plain(inner)) + m.close;
    k = m.at + m.length;
  }
  out += plain(chars.slice(k, to).join(""));
  return out.replace(/\s+/g, " ").trim();
}

/** The claim's sentence in the readable text, the quote marked 【…】 and the cue 「…」. */
function sentenceInText(db: Db, claim: ClaimForAudit, map: ReadableMap): string {
  const from = claim.sentence_start as number;
  const to = claim.sentence_end as number;
  const chars = Array.from(readableWindow(db, claim.report_id, from, to));
  const marks = [{ at: (claim.text_start as number) - from, end: (claim.text_end as number) - from, open: "【", close: "】" }];
  if (claim.cue_start !== null && claim.cue_end !== null) {
    const cue = map.toText(claim.cue_start, claim.cue_end);
    const at = cue.start - from;
    const end = cue.end - from;
    const first = marks[0] as (typeof marks)[number];
    if (at >= 0 && end <= chars.length && end > at && (end <= first.at || at >= first.end)) marks.push({ at, end, open: "「", close: "」" });
  }
  marks.sort((a, b) => a.at - b.at);
  let out = "";
  let k = 0;
  for (const m of marks) {
    out += chars.slice(k, m.at).join("") + m.open + chars.slice(m.at, m.end).join("") + m.close;
    k = m.end;
  }
  return (out + chars.slice(k).join("")).replace(/\s+/g, " ").trim();
}

/** The same cut from the source around the claim, for rows without readable text. */
function sentenceInSource(db: Db, claim: ClaimForAudit): string {
  const from = Math.max(0, claim.start - REACH);
  const window = sourceWindow(db, claim.source_id, from, claim.end + REACH);
  const cue = claim.cue_start !== null && claim.cue_end !== null ? { at: claim.cue_start - from, length: claim.cue_end - claim.cue_start } : undefined;
  return markedSentence(window, claim.start - from, claim.end - claim.start, claim.format === "html", cue);
}

export function runAudit(options: AuditOptions): { entries: AuditEntry[]; output: string } {
  const db = openReadOnly(options.db);
  try {
    requireMigration(db, options.db, "015-readable-text.sql", "the claims' parts and sentences");
    const claims = claimsForAudit(db, {
      claimId: options.claimId, reportId: options.report, metric: options.metric, limit: options.limit,
    });
    const root = lastRoot(db) ?? null;
    if (options.claimId !== undefined && claims.length === 0) throw new UsageError(`no claim with id ${options.claimId}`);
    if (options.report !== undefined && claims.length === 0 && !db.prepare("SELECT 1 FROM reports WHERE id = ?").get(options.report)) {
      throw new UsageError(`no report with id ${options.report}`);
    }
    const entries = claims.map((claim) => {
      // The claim in its words: its sentence in the report's readable text, with the cue placed
      // there through the text's map. Rows of an older version have no readable text: their
      // sentence is cut from the source around the claim.
      const readable = claim.sentence_start !== null ? readableOf(db, claim.report_id) : undefined;
      const map = readable ? ReadableMap.parse(readable.map, readable.length) : undefined;
      const readings = (["title", "org", "year"] as const).flatMap((field) => {
        const start = claim[`${field}_start`];
        const end = claim[`${field}_end`];
        if (start === null || end === null) return [];
        let text: string;
        if (map) {
          const at = map.toText(start, end);
          text = readableWindow(db, claim.report_id, at.start, at.end);
        } else {
          const raw = sourceWindow(db, claim.source_id, start, end);
          text = claim.format === "html" ? raw.replace(/<[^>]*>/g, "").replace(/&nbsp;/g, " ") : raw;
        }
        return [{ field, start, end, text }];
      });
      return {
        claim,
        root,
        readings,
        sentence: map ? sentenceInText(db, claim, map) : sentenceInSource(db, claim),
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
    `  cue       ${c.cue !== null ? `"${c.cue}" at ${c.cue_start}–${c.cue_end}` : "(none: no single word decided)"}${c.noun !== null ? `; noun "${c.noun}" at ${c.noun_start}–${c.noun_end}` : ""}`,
    `  source    ${c.path}${e.root && !c.path.startsWith("/") ? ` in ${e.root}` : ""}`,
    `  report    #${c.report_idx} (id ${c.report_id}) ${report}${c.duplicate_of ? `, re-post of report ${c.duplicate_of}` : ""}`,
    ...(e.readings.length === 0 ? [] : [`  read      ${e.readings.map((r) => `${r.field} "${r.text.replace(/\s+/g, " ")}" at ${r.start}–${r.end}`).join(", ")}`]),
    `  sentence  ${e.sentence}`,
    ...(c.part_of !== null ? [`  part of   the total ${c.part_of_quote ?? "?"} (claim ${c.part_of}): left out of claims_headline`] : []),
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
