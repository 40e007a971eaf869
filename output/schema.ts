// What each table, view and column of the dataset means, for `union-claims schema` and for
// Datasette's metadata.json. A test checks that every column of a fresh dataset is described
// here, so this stays in step with the migrations.

export interface Described {
  title: string;
  description: string;
  /** Column name → meaning, with its unit where it has one. */
  columns: Record<string, string>;
  /** Datasette: the column that names a row where others point at it. */
  label?: string;
  /** Datasette: facets offered by default. */
  facets?: string[];
  /** Datasette: the full-text table that searches this one. */
  fts?: string;
}

const OFFSET = "code points into sources.text, end exclusive";
const SPAN = (what: string) => ({ start: `where ${what} starts: ${OFFSET}`, end: `where ${what} ends: ${OFFSET}` });

const CLAIM_COLUMNS: Record<string, string> = {
  claim_id: "claims.id",
  metric: "what the figure counts (see the metrics table)",
  value: "the figure in its canonical unit (CNY, person, person_time, household, union; percent: 85 means 85 %); NULL when the source left it blank",
  unit: "the canonical unit of value",
  approx: "exact, approx (约, 近, 左右), at_least (余, 多, 以上) or at_most (不到, 不足)",
  status: "actual (achieved or current), target (a quota or assigned task) or plan (an intention)",
  redacted: "1 when the publisher left the figure blank or masked it (xx人, 20__)",
  quote: "the figure as written in the source (for a web page, its markup)",
  ...SPAN("the figure"),
  rule: "id of the extractor rule that made the claim",
  cue: "the word that decided the metric (the verb, or the noun where a noun decided), as text",
  noun: "the counted noun, where a rule used one",
  part_of: "claims.id of the total this figure is a part of (其中…, …共计); NULL for a figure that is no part",
  report_id: "reports.id",
  report_idx: "the report's position in its file, from 1",
  title: "the report's title as written; NULL when it has none",
  org: "the union the report is by or about, in its fullest form the page gives",
  admin_level: "county, district, street, town, township, village, community, enterprise, school or other",
  year: "the year the report covers; NULL when not stated or hidden",
  period: "the period the report covers: year, half-year, or months such as 1-10月",
  script: "simplified or traditional",
  duplicate_of: "reports.id of the earlier report this one re-posts; NULL for a first copy",
  source_id: "sources.id",
  path: "the source file, relative to the archive's root (runs.root)",
};

const pick = (names: string[], extra: Record<string, string> = {}) =>
  Object.fromEntries([...names.map((n) => [n, CLAIM_COLUMNS[n] ?? ""]), ...Object.entries(extra)]);

const CLAIM_VIEW = [
  "claim_id", "metric", "value", "unit", "approx", "status", "redacted", "quote", "start", "end", "rule", "cue", "noun", "part_of",
  "report_id", "report_idx", "title", "org", "admin_level", "year", "period", "script", "duplicate_of", "source_id", "path",
];

export const SCHEMA: Record<string, Described> = {
  sources: {
    title: "Source files",
    description: "One row per file read: its decoded text, kept whole, which every offset points into.",
    label: "path",
    columns: {
      id: "stable id, derived from the path",
      path: "the file, relative to the folder the run was given (a file given directly: its name); the root is in runs.root",
      sha256: "sha256 of the file's bytes",
      bytes: "size of the file in bytes",
      encoding: "the encoding it was decoded from (utf-8, utf-8-bom, utf-16le-bom, gb18030, cp950 …)",
      format: "text or html",
      text: "the decoded file, whole; for a web page its markup",
      stale: "why the file as it is now could not be read, when the rows are of an earlier reading; NULL when fresh",
      path_bytes: "for a path with a name that is not UTF-8, its bytes (path shows them as \\xHH)",
    },
  },
  reports: {
    title: "Reports",
    description: "One row per report inside a file (compilations hold several), with its metadata and where each was read.",
    label: "title",
    fts: "reports_fts",
    facets: ["admin_level", "year", "script"],
    columns: {
      id: "stable id",
      source_id: "sources.id",
      idx: "position of the report in its file, from 1",
      ...SPAN("the report"),
      title: CLAIM_COLUMNS.title ?? "",
      org: CLAIM_COLUMNS.org ?? "",
      admin_level: CLAIM_COLUMNS.admin_level ?? "",
      year: CLAIM_COLUMNS.year ?? "",
      year_hidden: "1 when the source hides the year (20__, 20xx)",
      period: CLAIM_COLUMNS.period ?? "",
      script: CLAIM_COLUMNS.script ?? "",
      duplicate_of: "reports.id of the first copy when this report re-posts another (by source path, then position)",
      duplicate_similarity: "estimated Jaccard similarity of its 5-character shingles to duplicate_of",
      fingerprint: "sha1 of the normalised simplified text: exact copies share it",
      minhash: "MinHash signature of its shingles (binary), for finding near copies",
      shingles: "number of distinct 5-character shingles",
      title_start: `where the title was read: ${OFFSET}`,
      title_end: `end of the title: ${OFFSET}`,
      org_start: `where the org was read: ${OFFSET}`,
      org_end: `end of the org: ${OFFSET}`,
      year_start: `where the year was read: ${OFFSET}`,
      year_end: `end of the year: ${OFFSET}`,
      text: "the report as it reads: a web page as text (tags left out, entities decoded), a text file as written, in its script",
      text_map: "JSON runs [text_offset, source_start, source_end]: the text from text_offset to the next run stands for source code points [source_start, source_end)",
      text_simplified: "a traditional report's text in simplified characters (for search); NULL for simplified reports",
    },
  },
  claims: {
    title: "Claims",
    description: "One row per quantitative claim: a figure of one metric, normalised, with the source span it stands on and why it was read so.",
    label: "quote",
    facets: ["metric", "status", "unit"],
    columns: {
      id: "stable id, derived from the path, the file's bytes and the claim",
      report_id: "reports.id",
      source_id: "sources.id",
      ...pick(["start", "end", "quote", "metric", "value", "unit", "approx", "status", "redacted", "rule", "cue", "noun", "part_of"]),
      cue_start: `where the cue stands: ${OFFSET}; NULL when no single word decided`,
      cue_end: `end of the cue: ${OFFSET}`,
      noun_start: `where the counted noun stands: ${OFFSET}`,
      noun_end: `end of the counted noun: ${OFFSET}`,
      text_start: "where the figure stands in reports.text (code points)",
      text_end: "where it ends in reports.text (code points, exclusive)",
      sentence_start: "where the figure's sentence starts in reports.text (code points)",
      sentence_end: "where it ends in reports.text (code points, exclusive)",
    },
  },
  metrics: {
    title: "Metrics",
    description: "The nine things a claim can count (claims.metric points here).",
    label: "name",
    columns: {
      name: "the metric's code",
      core: "1 for the five asked for first",
      units: "canonical units its claims use",
      meaning: "what it counts",
      additive: "1 when claims of it can be added up (flows of the period); 0 for stocks, counted again by every report on the same body, and percentages",
    },
  },
  quantities: {
    title: "Unlabelled quantities",
    description: "Every figure the scanner found that no rule made a claim: counts of events, documents, dates aside. Nothing is dropped silently.",
    columns: {
      id: "stable id",
      report_id: "reports.id",
      source_id: "sources.id",
      ...SPAN("the figure"),
      quote: "the figure as written",
      value: "its value (a percentage in percent)",
      unit: "canonical unit or the classifier written (场, 次, 期 …)",
      kind: "number, percent, money or redacted",
      approx: CLAIM_COLUMNS.approx ?? "",
      redacted: CLAIM_COLUMNS.redacted ?? "",
    },
  },
  findings: {
    title: "Findings",
    description: "Results of the consistency checks: what they verified (sum_ok, share_ok, months_ok) and what disagrees, report-level notes (year_hidden) and re-posts (duplicate).",
    facets: ["kind", "severity"],
    columns: {
      id: "stable id",
      claim_id: "the claim the finding is about (a total, a share, a running total), if it is one",
      report_id: "reports.id",
      kind: "sum_ok, sum_partial, sum_mismatch, share_ok, share_mismatch, months_ok, months_mismatch, implausible, redacted, year_hidden, duplicate",
      severity: "info, warning or error",
      message: "what was found, in words",
      source_id: "sources.id",
      start: `where its subject figure starts: ${OFFSET}`,
      end: `where it ends: ${OFFSET}`,
      quote: "its subject figure as written",
      claim_ids: "JSON array of every claims.id the check used (view finding_claims has one row each)",
    },
  },
  problems: {
    title: "Problems",
    description: "Input that could not be read or processed, and why; warnings about files that were read (replaced bytes, malformed HTML).",
    facets: ["stage", "severity"],
    columns: {
      id: "row id",
      path: "the file, relative to the archive's root (a path outside it as given)",
      stage: "walk, read, decode, process, write, or the stage a file's time ran out in",
      severity: "warning or error",
      message: "what went wrong",
      run_id: "runs.id of the run that found it",
    },
  },
  runs: {
    title: "Runs",
    description: "One row per run of the tool, and per shard run merged in.",
    columns: {
      id: "row id",
      started_at: "ISO time the run started",
      finished_at: "ISO time it finished; NULL for a run killed or still running",
      version: "union-claims version",
      options: "JSON: the paths given",
      files: "files found to read",
      reports: "reports written",
      claims: "claims written",
      problems: "problems met",
      root: "the folder sources.path is relative to (absolute, where the run found the archive)",
      skipped: "files of other extensions found and not read",
    },
  },
  reports_fts: {
    title: "Search",
    description: "Full-text index of the reports (FTS5, trigram: any run of 3 or more characters): SELECT rowid FROM reports_fts WHERE reports_fts MATCH '困难职工' gives reports.id. Search in simplified characters to find reports in both scripts.",
    columns: {
      title: "reports.title",
      org: "reports.org",
      text: "reports.text",
      text_simplified: "reports.text_simplified",
    },
  },
  claims_with_reports: {
    title: "Claims with their reports",
    description: "Every claim with its report's metadata and source path.",
    facets: ["metric", "status", "year"],
    columns: pick(CLAIM_VIEW),
  },
  claims_distinct: {
    title: "Claims, re-posts left out",
    description: "claims_with_reports without the claims of reports that re-post an earlier one.",
    facets: ["metric", "status", "year"],
    columns: pick(CLAIM_VIEW),
  },
  claims_headline: {
    title: "Headline claims: what to add up",
    description: "claims_distinct without parts of another claim (part_of): every figure counts once. Rates and stocks are here too: add up metrics with metrics.additive = 1, one unit at a time, status = 'actual'.",
    facets: ["metric", "status", "year"],
    columns: pick(CLAIM_VIEW),
  },
  claims_in_context: {
    title: "Claims in their words",
    description: "Each claim with the sentence of the report's readable text it stands in.",
    columns: pick(["claim_id", "metric", "value", "unit", "approx", "status", "quote", "cue", "noun", "rule", "part_of", "report_id", "title", "org", "year", "duplicate_of", "path"], {
      sentence: "the sentence the figure stands in, as it reads (reports.text)",
      marked: "the same with the figure marked 【…】",
    }),
  },
  finding_claims: {
    title: "Claims of findings",
    description: "One row per finding and claim it used: join findings to claims without parsing JSON.",
    columns: {
      finding_id: "findings.id",
      kind: "findings.kind",
      severity: "findings.severity",
      claim_id: "claims.id",
    },
  },
};

/** Tables of the tool's own bookkeeping, and FTS5's shadow tables: not described to users. */
export function internal(name: string): boolean {
  return name.startsWith("_") || name.startsWith("sqlite_") || /^reports_fts_/.test(name);
}

/** Datasette's metadata.json for a dataset named `database` (its file name without .sqlite). */
export function datasetteMetadata(database: string): unknown {
  const tables = Object.fromEntries(Object.entries(SCHEMA).map(([name, t]) => [name, {
    title: t.title,
    description: t.description,
    columns: t.columns,
    ...(t.label ? { label_column: t.label } : {}),
    ...(t.facets ? { facets: t.facets } : {}),
    ...(t.fts ? { fts_table: t.fts, fts_pk: "id" } : {}),
  }]));
  for (const name of ["_migrations", "_state", "_fts_pending"]) Object.assign(tables, { [name]: { hidden: true } });
  return {
    title: "union-claims",
    description: "Quantitative claims of Chinese trade-union work summaries, each grounded in the exact characters of its source. " +
      "Offsets are code points into sources.text. Add up claims_headline, one metric and unit at a time.",
    source: "union-claims",
    databases: { [database]: { tables } },
  };
}
