import { decodeHTML } from "entities";
import type { Db } from "../db.js";
import type { ClaimForAudit, FindingForAudit, ReadingSpans } from "../queries.js";

// The review page: one self-contained HTML file (no network) that shows every report in its
// source text with its claims marked, coloured by metric, and a side list of claims and
// findings that can be filtered by metric, status and finding kind.

interface ReportRow extends ReadingSpans {
  id: number;
  idx: number;
  title: string | null;
  org: string | null;
  year: number | null;
  year_hidden: number;
  script: string;
  duplicate_of: number | null;
  start: number;
  end: number;
  path: string;
  format: string;
  body: string;
}

type ClaimRow = Pick<ClaimForAudit, "id" | "report_id" | "start" | "end" | "metric" | "value" | "unit" | "approx" | "status" | "redacted" | "quote" | "rule" | "cue" | "cue_start" | "cue_end">;
type FindingRow = FindingForAudit;

export const METRIC_COLOURS: Readonly<Record<string, string>> = {
  unions_established: "#f4a261",
  members_enrolled: "#e9c46a",
  funds_disbursed: "#90be6d",
  funds_raised: "#43aa8b",
  people_helped: "#4d9de0",
  people_trained: "#b392f0",
  members_total: "#f28482",
  unions_total: "#f6bd60",
  rate: "#84a59d",
};

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * A stretch of source as readable HTML. Text sources are escaped; for HTML sources the
 * markup's tags (and script/style contents) are left out and its text kept as written, so
 * entities show as the characters they stand for.
 */
function sourceHtml(text: string, html: boolean): string {
  if (!html) return escape(text);
  return text
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, "")
    .replace(/<\/?(p|div|br|li|h[1-6]|tr|section|article|header|footer)\b[^>]*>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/\n{3,}/g, "\n\n");
}

/**
 * A stretch of a report to mark: a claim, the cue word that decided its metric, or where the
 * report's title, org or year was read.
 */
interface Marked {
  start: number;
  end: number;
  open: string;
  /** The closing tag, when not </mark>. */
  close?: string;
  /** The text inside, when the mark shows it otherwise than the source (a claim's quote). */
  inner?: string;
}

// Where each reading of a report came from, as marks: the title around the org and year in it.
function readingMarks(r: ReportRow): Marked[] {
  const marks: Marked[] = [];
  const add = (field: string, start: number | null, end: number | null, shown: string | number | null) => {
    if (start === null || end === null || end <= start) return;
    marks.push({ start, end, open: `<mark class="read read-${field}" title="${escape(`${field} read here: ${shown ?? ""} (${start}–${end})`)}">` });
  };
  add("title", r.title_start, r.title_end, r.title);
  add("org", r.org_start, r.org_end, r.org);
  add("year", r.year_start, r.year_end, r.year ?? "hidden");
  return marks;
}

function markedBody(report: ReportRow, claims: readonly ClaimRow[], findingKinds: Map<number, string[]>): string {
  const chars = Array.from(report.body);
  const html = report.format === "html";
  const marks: Marked[] = [...readingMarks(report)];
  for (const c of claims) {
    const kinds = findingKinds.get(c.id) ?? [];
    const value = c.value === null ? "left out" : `${c.value} ${c.unit}`;
    const cue = c.cue !== null ? `; cue 「${c.cue}」` : "";
    marks.push({
      start: c.start, end: c.end,
      open: `<mark class="claim" id="claim-${c.id}" data-metric="${c.metric}" data-status="${c.status}" data-findings="${escape(kinds.join(" "))}"` +
        ` title="${escape(`${c.metric} = ${value} (${c.approx}, ${c.status}); rule ${c.rule}${cue}; claim ${c.id}`)}">`,
      // Markup text is already escaped as HTML requires; plain text is escaped here.
      inner: html ? sourceHtml(c.quote, true) : escape(c.quote),
    });
    // The word that decided the metric, underlined in the metric's colour (once, where several
    // claims share it).
    if (c.cue_start !== null && c.cue_end !== null && c.cue_start >= report.start) {
      const word = chars.slice(c.cue_start - report.start, c.cue_end - report.start).join("");
      marks.push({
        start: c.cue_start, end: c.cue_end,
        open: `<span class="cue" data-claim="${c.id}" data-metric="${c.metric}" title="${escape(`cue of claim ${c.id}: why it is ${c.metric}`)}">`,
        close: "</span>",
        inner: html ? sourceHtml(word, true) : escape(word),
      });
    }
  }
  // Marks nest (a year inside the title it was read from); one that would cross another is left out.
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  let out = "";
  let at = 0;
  const open: Marked[] = [];
  const text = (from: number, to: number) => sourceHtml(chars.slice(from - report.start, to - report.start).join(""), html);
  const closeTo = (pos: number) => {
    while (open.length > 0 && (open[open.length - 1] as Marked).end <= pos) {
      const m = open.pop() as Marked;
      out += text(at, m.end) + "</mark>";
      at = m.end;
    }
  };
  for (const m of marks) {
    if (m.start < report.start || m.end > report.start + chars.length || m.start < at) continue;
    closeTo(m.start);
    const parent = open[open.length - 1];
    if (parent && m.end > parent.end) continue;
    out += text(at, m.start) + m.open;
    at = m.start;
    if (m.inner !== undefined) {
      out += m.inner + (m.close ?? "</mark>");
      at = m.end;
    } else {
      open.push(m);
    }
  }
  closeTo(Number.MAX_SAFE_INTEGER);
  return out + text(at, report.start + chars.length);
}

export function renderReview(db: Db): { html: string; counts: { reports: number; claims: number; findings: number } } {
  const reports = db
    .prepare(`SELECT r.id, r.idx, r.title, r.org, r.year, r.year_hidden, r.script, r.duplicate_of, r.start, r."end" AS "end",
      r.title_start, r.title_end, r.org_start, r.org_end, r.year_start, r.year_end,
      s.path, s.format, substr(s.text, r.start + 1, r."end" - r.start) AS body
      FROM reports r JOIN sources s ON s.id = r.source_id ORDER BY s.path, r.idx`)
    .all() as ReportRow[];
  const claims = db
    .prepare(`SELECT id, report_id, start, "end" AS "end", metric, value, unit, approx, status, redacted, quote, rule,
      cue, cue_start, cue_end FROM claims ORDER BY report_id, start`)
    .all() as ClaimRow[];
  const findings = db.prepare("SELECT id, claim_id, report_id, kind, severity, message, quote, claim_ids FROM findings ORDER BY id").all() as FindingRow[];

  const claimsByReport = new Map<number, ClaimRow[]>();
  for (const c of claims) claimsByReport.set(c.report_id, [...(claimsByReport.get(c.report_id) ?? []), c]);
  const kindsByClaim = new Map<number, string[]>();
  const findingsByReport = new Map<number, FindingRow[]>();
  for (const f of findings) {
    const used: number[] = JSON.parse(f.claim_ids) as number[];
    for (const id of new Set([...(f.claim_id !== null ? [f.claim_id] : []), ...used])) {
      kindsByClaim.set(id, [...new Set([...(kindsByClaim.get(id) ?? []), f.kind])]);
    }
    if (f.report_id !== null) findingsByReport.set(f.report_id, [...(findingsByReport.get(f.report_id) ?? []), f]);
  }

  const metrics = Object.keys(METRIC_COLOURS);
  const statuses = ["actual", "target", "plan"];
  const kinds = [...new Set(findings.map((f) => f.kind))].sort();

  const reportSections = reports.map((r) => {
    const rc = claimsByReport.get(r.id) ?? [];
    const rf = findingsByReport.get(r.id) ?? [];
    const meta = [r.org ?? "no org named", r.year ?? (r.year_hidden ? "year hidden" : "no year"), r.script, `${rc.length} claims`]
      .map((x) => escape(String(x))).join(" · ");
    const at = (field: string, start: number | null, end: number | null) => (start === null || end === null ? [] : [`${field} at ${start}–${end}`]);
    const readFrom = [...at("title", r.title_start, r.title_end), ...at("org", r.org_start, r.org_end), ...at("year", r.year_start, r.year_end)];
    const findingItems = rf.map((f) => {
      const used: number[] = JSON.parse(f.claim_ids) as number[];
      const links = used.map((id) => `<a href="#claim-${id}">${id}</a>`).join(", ");
      return `<li class="finding sev-${f.severity}" data-kind="${escape(f.kind)}"><b>${escape(f.kind)}</b> ${escape(f.message)}${links ? ` <span class="links">claims ${links}</span>` : ""}</li>`;
    }).join("");
    return `<section class="report" id="report-${r.id}">
<h2>${escape(r.title ?? "(untitled report)")}</h2>
<p class="meta">${meta}${r.duplicate_of ? ` · re-post of <a href="#report-${r.duplicate_of}">report ${r.duplicate_of}</a>` : ""}<br><span class="path">${escape(r.path)} · report ${r.idx} · id ${r.id}</span>${readFrom.length ? `<br><span class="evidence">read from ${escape(readFrom.join(", "))}</span>` : ""}</p>
${rf.length ? `<ul class="findings">${findingItems}</ul>` : ""}
<div class="body">${markedBody(r, rc, kindsByClaim)}</div>
</section>`;
  }).join("\n");

  const htmlSources = new Set(reports.filter((r) => r.format === "html").map((r) => r.id));
  const claimItems = claims.map((c) => {
    const value = c.value === null ? "left out" : `${c.value} ${c.unit}`;
    const shown = htmlSources.has(c.report_id) ? decodeHTML(c.quote.replace(/<[^>]*>/g, "")) : c.quote;
    return `<li data-metric="${c.metric}" data-status="${c.status}" data-findings="${escape((kindsByClaim.get(c.id) ?? []).join(" "))}"><a href="#claim-${c.id}"><span class="swatch" style="background:${METRIC_COLOURS[c.metric] ?? "#ccc"}"></span>${escape(shown)}</a> <small>${escape(c.metric)} · ${escape(value)} · ${c.status}</small></li>`;
  }).join("");

  const checkboxes = (name: string, values: string[]) =>
    values.map((v) => `<label><input type="checkbox" name="${name}" value="${escape(v)}" checked>${name === "metric" ? `<span class="swatch" style="background:${METRIC_COLOURS[v]}"></span>` : ""}${escape(v)}</label>`).join("");

  const colourRules = metrics
    .map((m) => `mark.claim[data-metric="${m}"]{background:${METRIC_COLOURS[m]}}\nspan.cue[data-metric="${m}"]{border-bottom-color:${METRIC_COLOURS[m]}}`)
    .join("\n");

  const html = `<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>union-claims review</title>
<style>
body{margin:0;font:14px/1.6 system-ui,"Noto Sans CJK SC","Noto Sans SC",sans-serif;color:#222;display:flex;height:100vh}
aside{width:340px;flex:none;overflow:auto;border-right:1px solid #ddd;padding:12px;background:#fafafa}
main{flex:1;overflow:auto;padding:12px 24px}
h1{font-size:18px;margin:0 0 8px}
h2{font-size:16px;margin:16px 0 4px}
fieldset{border:1px solid #ddd;margin:0 0 8px;padding:4px 8px}
fieldset label{display:block;font-size:12px}
.swatch{display:inline-block;width:10px;height:10px;margin-right:4px;border-radius:2px;vertical-align:middle}
#claims{list-style:none;padding:0;margin:0;font-size:13px}
#claims li{padding:2px 0;border-bottom:1px solid #eee}
#claims small{color:#666}
.hidden{display:none!important}
.meta{color:#555;font-size:12px;margin:0}
.path{color:#999}
.body{white-space:pre-wrap;border:1px solid #eee;padding:8px;background:#fff}
mark.claim{padding:0 1px;border-radius:2px;color:#000}
mark.claim.dim{background:transparent!important;outline:1px dotted #bbb}
span.cue{border-bottom:3px solid #999}
mark.claim:target{outline:2px solid #d00}
mark.read{background:transparent;border-bottom:2px solid #999;padding:0}
mark.read-title{border-bottom-color:#555}
mark.read-org{border-bottom:3px double #1d4ed8}
mark.read-year{border-bottom:3px double #b45309}
.evidence{color:#777}
.findings{font-size:12px;margin:4px 0 8px;padding-left:18px}
.sev-warning b,.sev-error b{color:#b00}
.sev-info b{color:#070}
${colourRules}
</style>
</head>
<body>
<aside>
<h1>union-claims review</h1>
<p class="meta"><span id="shown">${claims.length}</span> of ${claims.length} claims · ${reports.length} reports · ${findings.length} findings</p>
<fieldset><legend>metric</legend>${checkboxes("metric", metrics)}</fieldset>
<fieldset><legend>status</legend>${checkboxes("status", statuses)}</fieldset>
<fieldset><legend>finding</legend><label><input type="radio" name="finding" value="" checked>any</label>${kinds.map((k) => `<label><input type="radio" name="finding" value="${escape(k)}">${escape(k)}</label>`).join("")}</fieldset>
<ul id="claims">${claimItems}</ul>
</aside>
<main>
${reportSections}
</main>
<script>
(function () {
  function checked(name) {
    return Array.prototype.map.call(document.querySelectorAll('input[name="' + name + '"]:checked'), function (i) { return i.value; });
  }
  function apply() {
    var metrics = checked("metric"), statuses = checked("status"), finding = checked("finding")[0] || "";
    var keep = function (el) {
      var kinds = (el.getAttribute("data-findings") || "").split(" ");
      return metrics.indexOf(el.getAttribute("data-metric")) >= 0 && statuses.indexOf(el.getAttribute("data-status")) >= 0 &&
        (finding === "" || kinds.indexOf(finding) >= 0);
    };
    var shown = 0;
    document.querySelectorAll("#claims li").forEach(function (li) { var k = keep(li); li.classList.toggle("hidden", !k); if (k) shown++; });
    document.querySelectorAll("mark.claim").forEach(function (m) { m.classList.toggle("dim", !keep(m)); });
    document.querySelectorAll("li.finding").forEach(function (li) { li.classList.toggle("hidden", finding !== "" && li.getAttribute("data-kind") !== finding); });
    document.getElementById("shown").textContent = String(shown);
  }
  document.querySelectorAll("aside input").forEach(function (i) { i.addEventListener("change", apply); });
})();
</script>
</body>
</html>
`;
  return { html, counts: { reports: reports.length, claims: claims.length, findings: findings.length } };
}
