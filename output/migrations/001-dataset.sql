-- The dataset contract of DESIGN.md. Offsets are Unicode code points into sources.text,
-- end exclusive, so substr(sources.text, start + 1, "end" - start) is the quoted text.

CREATE TABLE sources (
  id        INTEGER PRIMARY KEY,            -- stable: derived from the path
  path      TEXT    NOT NULL UNIQUE,        -- absolute path at the time of the run
  sha256    TEXT    NOT NULL,               -- of the file's bytes
  bytes     INTEGER NOT NULL,
  encoding  TEXT    NOT NULL,               -- utf-8, utf-8-bom, utf-16le-bom, gb18030, cp950 …
  format    TEXT    NOT NULL CHECK (format IN ('text', 'html')),
  text      TEXT    NOT NULL                -- the decoded file, whole; for HTML the markup
) STRICT;

CREATE TABLE reports (
  id           INTEGER PRIMARY KEY,         -- stable: derived from (sha256, idx)
  source_id    INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  idx          INTEGER NOT NULL,            -- 1-based position of the report in its file
  start        INTEGER NOT NULL,
  "end"        INTEGER NOT NULL,
  title        TEXT,
  org          TEXT,                        -- the reporting body as named; NULL for 我会
  admin_level  TEXT CHECK (admin_level IN ('county', 'district', 'street', 'town', 'township', 'village', 'community', 'enterprise', 'school', 'other')),
  year         INTEGER,
  year_hidden  INTEGER NOT NULL DEFAULT 0 CHECK (year_hidden IN (0, 1)),  -- 20__, 20xx in the source
  period       TEXT,                        -- year, half-year, or months such as 1-10月
  script       TEXT    NOT NULL CHECK (script IN ('simplified', 'traditional')),
  duplicate_of INTEGER REFERENCES reports(id) ON DELETE SET NULL,
  UNIQUE (source_id, idx)
) STRICT;
CREATE INDEX reports_source_id ON reports(source_id);

CREATE TABLE claims (
  id         INTEGER PRIMARY KEY,           -- stable: derived from (sha256, start, end, metric, rule)
  report_id  INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  source_id  INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  start      INTEGER NOT NULL,
  "end"      INTEGER NOT NULL,
  quote      TEXT    NOT NULL,              -- = substr(sources.text, start + 1, end - start)
  metric     TEXT    NOT NULL CHECK (metric IN ('unions_established', 'members_enrolled', 'funds_disbursed', 'funds_raised', 'people_helped', 'people_trained', 'members_total', 'unions_total', 'rate')),
  value      REAL,                          -- in the canonical unit; NULL when redacted
  unit       TEXT    NOT NULL,              -- CNY, person, person_time, household, union, percent
  approx     TEXT    NOT NULL CHECK (approx IN ('exact', 'approx', 'at_least', 'at_most')),
  status     TEXT    NOT NULL CHECK (status IN ('actual', 'target', 'plan')),
  redacted   INTEGER NOT NULL CHECK (redacted IN (0, 1)),
  rule       TEXT    NOT NULL               -- id of the extractor rule that produced the claim
) STRICT;
CREATE INDEX claims_report_id ON claims(report_id);
CREATE INDEX claims_source_id ON claims(source_id);
CREATE INDEX claims_metric ON claims(metric);

-- Every figure the scanner found that no rule labelled, so that nothing is silently dropped.
CREATE TABLE quantities (
  id         INTEGER PRIMARY KEY,
  report_id  INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  source_id  INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  start      INTEGER NOT NULL,
  "end"      INTEGER NOT NULL,
  quote      TEXT    NOT NULL,
  value      REAL,
  unit       TEXT,                          -- canonical unit or the classifier (场, 次, 期 …)
  kind       TEXT    NOT NULL CHECK (kind IN ('number', 'percent', 'money', 'redacted')),
  approx     TEXT    NOT NULL,
  redacted   INTEGER NOT NULL CHECK (redacted IN (0, 1))
) STRICT;
CREATE INDEX quantities_report_id ON quantities(report_id);

CREATE TABLE findings (
  id         INTEGER PRIMARY KEY,
  claim_id   INTEGER REFERENCES claims(id) ON DELETE CASCADE,
  report_id  INTEGER REFERENCES reports(id) ON DELETE CASCADE,
  kind       TEXT NOT NULL,
  severity   TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'error')),
  message    TEXT NOT NULL
) STRICT;
CREATE INDEX findings_claim_id ON findings(claim_id);
CREATE INDEX findings_report_id ON findings(report_id);

-- Inputs, or parts of them, that could not be processed, and why.
CREATE TABLE problems (
  id        INTEGER PRIMARY KEY,
  path      TEXT NOT NULL,
  stage     TEXT NOT NULL,                  -- walk, read, decode, parse, extract, write
  severity  TEXT NOT NULL DEFAULT 'error' CHECK (severity IN ('warning', 'error')),
  message   TEXT NOT NULL,
  run_id    INTEGER REFERENCES runs(id) ON DELETE SET NULL
) STRICT;

CREATE TABLE runs (
  id           INTEGER PRIMARY KEY,
  started_at   TEXT NOT NULL,
  finished_at  TEXT,
  version      TEXT NOT NULL,
  options      TEXT NOT NULL,               -- JSON
  files        INTEGER,
  reports      INTEGER,
  claims       INTEGER,
  problems     INTEGER
) STRICT;

-- Claims with what a reader needs beside them: where they came from and whose report.
CREATE VIEW claims_with_reports AS
SELECT c.id AS claim_id, c.metric, c.value, c.unit, c.approx, c.status, c.redacted, c.quote,
       c.start, c."end", c.rule,
       r.id AS report_id, r.idx AS report_idx, r.title, r.org, r.admin_level, r.year, r.period,
       r.script, r.duplicate_of, s.id AS source_id, s.path
FROM claims c
JOIN reports r ON r.id = c.report_id
JOIN sources s ON s.id = c.source_id;

-- The same, leaving out claims of reports that re-post an earlier one: totals count once.
CREATE VIEW claims_distinct AS
SELECT * FROM claims_with_reports WHERE duplicate_of IS NULL;
