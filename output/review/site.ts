import { readFileSync } from "node:fs";
import type { Db } from "../db.js";
import type { ReadingSpans } from "../queries.js";
import { CodePointString, ReadableMap } from "../readable.js";

// The review site: an index of every report, and one page per source with its claims marked in
// its readable text. Pages are written a source at a time and are of bounded size however large
// a file is (a source too large for one page is cut into parts), so an archive of any size
// gives a site that opens at once. Everything works from the file system, without a network.

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

// Column labels of the index, one per metric.
const METRIC_SHORT: Readonly<Record<string, string>> = {
  unions_established: "founded",
  members_enrolled: "enrolled",
  funds_disbursed: "paid out",
  funds_raised: "raised",
  people_helped: "helped",
  people_trained: "trained",
  members_total: "members",
  unions_total: "unions",
  rate: "rates",
};

const METRICS = Object.keys(METRIC_COLOURS);
const STATUSES = ["actual", "target", "plan"];

/** Largest page written, in bytes: 3 MB less room for what a page holds besides its parts. */
export const PAGE_BYTES = 3 * 1024 * 1024 - 64 * 1024;
// Text between marks goes into pages in pieces of at most this many code points.
const TEXT_PIECE = 8192;
// Where a title, org or year was read is marked only when it is short: a mark is never cut.
const LONGEST_READING = 2000;
// Rows of the index in each of its data files.
const INDEX_CHUNK_BYTES = 2 * 1024 * 1024;

export interface SiteCounts {
  sources: number;
  reports: number;
  claims: number;
  quantities: number;
  findings: number;
  pages: number;
  /** Bytes of the largest file written. */
  largest: number;
}

export interface SiteOptions {
  /** Bytes a page may hold (tests set less, to see sources cut into parts). */
  pageBytes?: number;
}

interface ReportRow extends ReadingSpans {
  id: number;
  idx: number;
  title: string | null;
  org: string | null;
  admin_level: string | null;
  year: number | null;
  year_hidden: number;
  period: string | null;
  script: string;
  duplicate_of: number | null;
  duplicate_similarity: number | null;
  start: number;
  end: number;
  text: string;
  text_map: string;
}

interface ClaimRow {
  id: number;
  report_id: number;
  metric: string;
  value: number | null;
  unit: string;
  approx: string;
  status: string;
  redacted: number;
  quote: string;
  rule: string;
  cue: string | null;
  cue_start: number | null;
  cue_end: number | null;
  noun: string | null;
  part_of: number | null;
  part_of_quote: string | null;
  start: number;
  end: number;
  text_start: number;
  text_end: number;
}

interface QuantityRow {
  report_id: number;
  start: number;
  end: number;
  value: number | null;
  unit: string | null;
  kind: string;
}

interface FindingRow {
  id: number;
  claim_id: number | null;
  report_id: number | null;
  kind: string;
  severity: string;
  message: string;
  start: number | null;
  quote: string | null;
  claim_ids: string;
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const bytes = (s: string) => Buffer.byteLength(s, "utf8");

/** A stretch of a page: a piece of text or a marked figure; a page may end before any. */
interface Atom {
  html: string;
  claims: PanelData[];
}

/** A claim's fields for the panel, as JSON. */
interface PanelData {
  id: number;
  json: string;
}

/** Something to mark in a report's readable text, in its code points. */
interface Mark {
  start: number;
  end: number;
  open: string;
  close: string;
  /** Leaves hold text only; the others (where a title was read) may hold leaves. */
  leaf: boolean;
  /** The claim's panel data, for a claim. */
  claim?: PanelData;
}

/** The readable text of a report with its marks, as atoms of HTML. */
function bodyAtoms(text: CodePointString, marks: Mark[]): Atom[] {
  marks.sort((a, b) => a.start - b.start || b.end - a.end || Number(a.leaf) - Number(b.leaf));
  const atoms: Atom[] = [];
  let held: Atom | null = null; // what a mark that holds others gathers until it closes
  const push = (html: string, claims: PanelData[]) => {
    if (held) {
      held.html += html;
      held.claims.push(...claims);
    } else atoms.push({ html, claims });
  };
  const plain = (from: number, to: number) => {
    for (let k = from; k < to; k += TEXT_PIECE) push(escape(text.slice(k, Math.min(to, k + TEXT_PIECE))), []);
  };
  let at = 0;
  const open: Mark[] = [];
  const closeTo = (pos: number) => {
    while (open.length > 0 && (open[open.length - 1] as Mark).end <= pos) {
      const m = open.pop() as Mark;
      plain(at, m.end);
      push(m.close, []);
      at = m.end;
      if (open.length === 0 && held) {
        atoms.push(held);
        held = null;
      }
    }
  };
  for (const m of marks) {
    if (m.start < at || m.end > text.length || m.end <= m.start) continue;
    closeTo(m.start);
    const parent = open[open.length - 1];
    if (parent && m.end > parent.end) continue; // it would cross its container
    plain(at, m.start);
    at = m.start;
    if (m.leaf) {
      push(m.open + escape(text.slice(m.start, m.end)) + m.close, m.claim ? [m.claim] : []);
      at = m.end;
    } else {
      held ??= { html: "", claims: [] };
      held.html += m.open;
      open.push(m);
    }
  }
  closeTo(Number.MAX_SAFE_INTEGER);
  plain(at, text.length);
  return atoms;
}

/** A page of a source being filled, and the pages done. */
class Pages {
  readonly done: Array<{ html: string; claims: PanelData[] }> = [];
  private html = "";
  private claims: PanelData[] = [];
  private size = 0;

  constructor(private readonly budget: number) {}

  /** Whether `more` bytes still fit on this page. */
  fits(more: number): boolean {
    return this.size + more <= this.budget || this.size === 0;
  }

  add(html: string, claims: readonly PanelData[] = []): void {
    this.html += html;
    this.claims.push(...claims);
    this.size += bytes(html) + claims.reduce((n, c) => n + bytes(c.json) + 1, 0);
  }

  get empty(): boolean {
    return this.size === 0;
  }

  /** Ends the page; the next starts empty. */
  turn(): void {
    this.done.push({ html: this.html, claims: this.claims });
    this.html = "";
    this.claims = [];
    this.size = 0;
  }
}

/**
 * Writes the review site through `write(name, content)`: index.html with its data files, the
 * shared style and script, and s/<source id>.html for each source (s/<id>-2.html … for the
 * parts of a large one). Needs the reports' readable text (datasets of this version).
 */
export function renderSite(db: Db, write: (name: string, content: string) => void, options: SiteOptions = {}): SiteCounts {
  const budget = options.pageBytes ?? PAGE_BYTES;
  const old = db.prepare("SELECT count(*) FROM reports WHERE text IS NULL").pluck().get() as number;
  if (old > 0) throw new Error(`${old} reports were written by an older version, without their readable text: run \`union-claims run\` on the archive again first`);

  const counts: SiteCounts = { sources: 0, reports: 0, claims: 0, quantities: 0, findings: 0, pages: 0, largest: 0 };
  const emit = (name: string, content: string) => {
    write(name, content);
    counts.largest = Math.max(counts.largest, bytes(content));
  };
  const sources = db.prepare("SELECT id, path, format FROM sources ORDER BY path").all() as Array<{ id: number; path: string; format: string }>;
  const q = {
    reports: db.prepare(`SELECT id, idx, title, org, admin_level, year, year_hidden, period, script, duplicate_of, duplicate_similarity,
      start, "end", title_start, title_end, org_start, org_end, year_start, year_end, text, text_map FROM reports WHERE source_id = ? ORDER BY idx`),
    claims: db.prepare(`SELECT c.id, c.report_id, c.metric, c.value, c.unit, c.approx, c.status, c.redacted, c.quote, c.rule, c.cue, c.cue_start,
      c.cue_end, c.noun, c.part_of, (SELECT t.quote FROM claims t WHERE t.id = c.part_of) AS part_of_quote, c.start, c."end", c.text_start, c.text_end
      FROM claims c WHERE c.source_id = ? ORDER BY c.report_id, c.text_start`),
    quantities: db.prepare(`SELECT report_id, start, "end", value, unit, kind FROM quantities WHERE source_id = ?`),
    findings: db.prepare(`SELECT id, claim_id, report_id, kind, severity, message, start, quote, claim_ids FROM findings WHERE source_id = ? ORDER BY start, id`),
  };
  const pageOfReport = new Map<number, string>();
  const index: unknown[][] = [];
  const kinds = new Set<string>();
  let previous: string | null = null;

  sources.forEach((source, k) => {
    counts.sources++;
    const name = (part: number) => `s/${source.id}${part > 1 ? `-${part}` : ""}.html`;
    const reports = q.reports.all(source.id) as ReportRow[];
    const claims = q.claims.all(source.id) as ClaimRow[];
    const quantities = q.quantities.all(source.id) as QuantityRow[];
    const findings = q.findings.all(source.id) as FindingRow[];
    counts.reports += reports.length;
    counts.claims += claims.length;
    counts.quantities += quantities.length;
    counts.findings += findings.length;

    const findingsOfClaim = new Map<number, FindingRow[]>();
    for (const f of findings) {
      const used = JSON.parse(f.claim_ids) as number[];
      for (const id of new Set([...(f.claim_id !== null ? [f.claim_id] : []), ...used])) findingsOfClaim.set(id, [...(findingsOfClaim.get(id) ?? []), f]);
    }
    const pages = new Pages(budget);
    const claimPage = new Map<number, number>(); // claim id → part, for links between parts
    for (const r of reports) {
      const own = claims.filter((c) => c.report_id === r.id);
      const mine = findings.filter((f) => f.report_id === r.id && f.kind !== "duplicate");
      for (const f of mine) kinds.add(f.kind);
      const text = new CodePointString(r.text);
      const map = ReadableMap.parse(r.text_map, text.length);
      const head = reportHead(r, own, mine, pageOfReport);
      if (!pages.fits(bytes(head) + 200)) pages.turn();
      pageOfReport.set(r.id, name(pages.done.length + 1));
      pages.add(head);
      const atoms = bodyAtoms(text, reportMarks(r, text, own, quantities.filter((x) => x.report_id === r.id), map, findingsOfClaim));
      for (const atom of atoms) {
        const size = bytes(atom.html) + atom.claims.reduce((n, c) => n + bytes(c.json) + 1, 0);
        if (!pages.fits(size + 40)) {
          pages.add("</div></section>");
          pages.turn();
          pages.add(`<section class="report continued" data-report="${r.id}"><h2>${escape(r.title ?? "(untitled report)")} <small class="muted">(continued)</small></h2><div class="body">`);
        }
        pages.add(atom.html, atom.claims);
        for (const c of atom.claims) claimPage.set(c.id, pages.done.length + 1);
      }
      pages.add("</div></section>");
      const byMetric = METRICS.map((m) => own.filter((c) => c.metric === m).length);
      const found = [...new Set(mine.map((f) => f.kind))].sort();
      // The index links each report to the page it starts on.
      index.push([`${pageOfReport.get(r.id) as string}#report-${r.id}`, source.path, r.idx, r.org, r.year, r.period, r.title, r.script,
        r.duplicate_of !== null ? 1 : 0, r.year_hidden, ...byMetric, found.join(","), mine.filter((f) => f.severity !== "info").length]);
    }
    if (reports.length === 0) pages.add(`<p class="muted">No report text was found in this file.</p>`);
    pages.turn();
    const parts = pages.done.filter((p, i) => i === 0 || p.html.length > 0);
    const nextSource = sources[k + 1];
    parts.forEach((page, i) => {
      const part = i + 1;
      const prev = part > 1 ? name(part - 1) : previous;
      const next = part < parts.length ? name(part + 1) : nextSource ? `s/${nextSource.id}.html` : null;
      // Links to claims on another part of the same source.
      const html = page.html.replace(/href="#claim-(\d+)"/g, (whole, id: string) => {
        const on = claimPage.get(Number(id));
        return on && on !== part ? `href="${name(on).slice(2)}#claim-${id}"` : whole;
      });
      emit(name(part), sourcePage(source.path, part, parts.length, prev, next, html, page.claims));
      counts.pages++;
    });
    previous = name(parts.length);
  });

  // The index: its rows in data files of bounded size, read by script tags (which work from
  // the file system, where fetch does not).
  const chunks: string[] = [];
  let chunk: string[] = [];
  let size = 0;
  const flush = () => {
    if (chunk.length === 0) return;
    const file = `reports-${chunks.length}.js`;
    emit(file, `window.REVIEW_REPORTS = (window.REVIEW_REPORTS || []).concat([\n${chunk.join(",\n")}\n]);\n`);
    chunks.push(file);
    chunk = [];
    size = 0;
  };
  for (const row of index) {
    const json = JSON.stringify(row).replace(/</g, "\\u003c");
    chunk.push(json);
    size += bytes(json) + 2;
    if (size >= INDEX_CHUNK_BYTES) flush();
  }
  flush();
  const siteData = {
    metrics: METRICS.map((m) => ({ name: m, short: METRIC_SHORT[m], colour: METRIC_COLOURS[m] })),
    statuses: STATUSES,
    kinds: ["any warning", ...[...kinds].sort()],
  };
  emit("site.js", `window.REVIEW_SITE = ${JSON.stringify(siteData)};\n`);
  emit("review.css", asset("review.css") + colourRules());
  emit("review.js", asset("review.js"));
  emit("index.js", asset("index.js"));
  emit("index.html", indexPage(counts, chunks));
  counts.pages++;
  return counts;
}

function asset(name: string): string {
  return readFileSync(new URL(`./assets/${name}`, import.meta.url), "utf8");
}

function colourRules(): string {
  return METRICS.map((m) => `mark.claim[data-metric="${m}"]{background-color:${METRIC_COLOURS[m]}}\nspan.cue[data-metric="${m}"]{border-bottom-color:${METRIC_COLOURS[m]}}`).join("\n") + "\n";
}

/** The marks of one report: its claims with their cues, where its metadata was read, and its other figures. */
function reportMarks(r: ReportRow, text: CodePointString, claims: readonly ClaimRow[], quantities: readonly QuantityRow[], map: ReadableMap,
  findingsOf: Map<number, FindingRow[]>): Mark[] {
  const marks: Mark[] = [];
  const reading = (field: string, start: number | null, end: number | null, shown: string | number | null) => {
    if (start === null || end === null || end <= start) return;
    const at = map.toText(start, end);
    if (at.end - at.start > LONGEST_READING) return;
    marks.push({ ...at, leaf: false, open: `<mark class="read read-${field}" title="${escape(`${field} read here: ${shown ?? ""} (source ${start}–${end})`)}">`, close: "</mark>" });
  };
  reading("title", r.title_start, r.title_end, r.title);
  reading("org", r.org_start, r.org_end, r.org);
  reading("year", r.year_start, r.year_end, r.year ?? "hidden");
  const cues = new Set<string>();
  for (const c of claims) {
    const data = JSON.stringify({
      id: String(c.id), metric: c.metric, value: c.value, unit: c.unit, approx: c.approx, status: c.status, redacted: c.redacted === 1,
      quote: c.quote, shown: text.slice(c.text_start, c.text_end), rule: c.rule, cue: c.cue, noun: c.noun, part_of: c.part_of === null ? null : String(c.part_of),
      part_of_quote: c.part_of_quote, start: c.start, end: c.end, report: String(r.id),
      findings: (findingsOf.get(c.id) ?? []).map((f) => ({ kind: f.kind, severity: f.severity, message: f.message })),
    });
    marks.push({
      start: c.text_start, end: c.text_end, leaf: true,
      open: `<mark class="claim${c.redacted ? " redacted" : ""}" id="claim-${c.id}" data-claim="${c.id}" data-metric="${c.metric}" data-status="${c.status}">`,
      close: "</mark>",
      claim: { id: c.id, json: data },
    });
    if (c.cue_start !== null && c.cue_end !== null) {
      const at = map.toText(c.cue_start, c.cue_end);
      const key = `${at.start}:${at.end}`;
      if (!cues.has(key) && at.end > at.start) {
        cues.add(key);
        marks.push({ ...at, leaf: true, open: `<span class="cue" data-metric="${c.metric}" title="${escape(`the word that decided ${c.metric}`)}">`, close: "</span>" });
      }
    }
  }
  for (const x of quantities) {
    const at = map.toText(x.start, x.end);
    const value = x.value === null ? "left out" : `${x.value}${x.unit ? ` ${x.unit}` : ""}`;
    marks.push({ ...at, leaf: true, open: `<mark class="qty" id="q-${x.start}" title="${escape(`no claim: ${value} (${x.kind})`)}">`, close: "</mark>" });
  }
  return marks;
}

function reportHead(r: ReportRow, claims: readonly ClaimRow[], findings: readonly FindingRow[], pageOfReport: Map<number, string>): string {
  const quoteOf = new Map(claims.map((c) => [c.id, c.quote]));
  const year = r.year ?? (r.year_hidden ? "year hidden" : "no year");
  const meta = [r.org ?? "no org named", r.admin_level, year, r.period, r.script, `${claims.length} claim${claims.length === 1 ? "" : "s"}`]
    .filter((x) => x !== null && x !== undefined).map((x) => escape(String(x))).join(" · ");
  const original = r.duplicate_of !== null ? pageOfReport.get(r.duplicate_of) : undefined;
  const repost = r.duplicate_of !== null
    ? ` · <span class="repost">re-posts <a href="${original ? `../${original}` : "#"}#report-${r.duplicate_of}">report ${r.duplicate_of}</a> (similarity ${(r.duplicate_similarity ?? 1).toFixed(2)}): left out of claims_distinct and claims_headline</span>`
    : "";
  const items = findings.map((f) => {
    const used = JSON.parse(f.claim_ids) as number[];
    // Each claim the check used, by its quote as written (markup left out).
    const links = used.map((id) => `<a href="#claim-${id}">${escape((quoteOf.get(id) ?? String(id)).replace(/<[^>]*>/g, ""))}</a>`);
    // A subject that is no claim (an amount no rule labelled) is found among the unlabelled quantities.
    if (f.claim_id === null && f.start !== null && f.quote) links.unshift(`<a href="#q-${f.start}">${escape(f.quote.replace(/<[^>]*>/g, ""))}</a>`);
    return `<li class="finding sev-${f.severity}" data-kind="${escape(f.kind)}"><b>${escape(f.kind)}</b> ${escape(f.message)}${links.length ? ` ${links.join(" ")}` : ""}</li>`;
  }).join("");
  return `<section class="report${r.duplicate_of !== null ? " repost" : ""}" id="report-${r.id}">
<h2>${escape(r.title ?? "(untitled report)")}</h2>
<p class="meta">report ${r.idx} · ${meta}${repost} · id ${r.id}</p>
${items ? `<ul class="findings">${items}</ul>` : ""}<div class="body">`;
}

function sourcePage(path: string, part: number, parts: number, prev: string | null, next: string | null, html: string, claims: readonly PanelData[]): string {
  const rel = (to: string) => `../${to}`;
  const nav = [
    `<a href="../index.html">all reports</a>`,
    prev ? `<a rel="prev" href="${rel(prev)}">← previous</a>` : `<span class="muted">← previous</span>`,
    next ? `<a rel="next" href="${rel(next)}">next →</a>` : `<span class="muted">next →</span>`,
  ].join(" · ");
  const data = `[${claims.map((c) => c.json).join(",")}]`.replace(/</g, "\\u003c");
  return `<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>${escape(path)}${parts > 1 ? ` (${part}/${parts})` : ""} · union-claims review</title>
<link rel="stylesheet" href="../review.css">
</head>
<body class="page">
<div class="bar"><h1>${escape(path)}${parts > 1 ? ` <small class="muted">part ${part} of ${parts}</small>` : ""}</h1><span>${nav}</span><span class="muted"><span id="shown"></span> claims shown</span><span id="filters" class="group"></span></div>
<main>
${html}
</main>
<aside id="panel"><div class="nav"><button id="prev" type="button" title="previous claim (k)">◀ prev</button><button id="next" type="button" title="next claim (j)">next ▶</button><span id="position" class="muted"></span></div><div id="claim"></div>
<p class="legend muted"><mark class="claim" data-metric="people_helped" data-status="actual">achieved</mark> <mark class="claim" data-metric="people_helped" data-status="target">target</mark> <mark class="claim" data-metric="people_helped" data-status="plan">plan</mark> <span class="cue" data-metric="people_helped">cue</span> <mark class="read">read as title, org, year</mark></p></aside>
<script type="application/json" id="claims-data">${data}</script>
<script src="../site.js"></script>
<script src="../review.js"></script>
</body>
</html>
`;
}

function indexPage(counts: SiteCounts, chunks: readonly string[]): string {
  return `<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>union-claims review</title>
<link rel="stylesheet" href="review.css">
</head>
<body class="index">
<div class="bar"><h1>union-claims review</h1>
<span class="muted">${counts.sources} files · ${counts.reports} reports · ${counts.claims} claims · ${counts.findings} findings</span>
<input id="filter" type="search" placeholder="filter: org, title, path, year…" size="32" aria-label="filter reports">
<label>finding <select id="finding"><option value="">any or none</option></select></label>
<label><input id="reposts" type="checkbox"> hide re-posts</label>
<span id="count" class="muted"></span></div>
<div id="reports"></div>
<script src="site.js"></script>
${chunks.map((c) => `<script src="${c}"></script>`).join("\n")}
<script src="index.js"></script>
</body>
</html>
`;
}
