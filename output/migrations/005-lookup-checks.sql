-- What each metric means, for readers of the dataset: claims.metric points here.
--
-- The claims, quantities and findings tables are rebuilt because their CHECK constraints used
-- `IN (…)` lists, which SQLite evaluates by building a temporary index for every inserted
-- row: half of the time spent writing claims. A foreign key into a small table, or a chain
-- of comparisons, checks the same values at a fraction of the cost.

CREATE TABLE metrics (
  name     TEXT PRIMARY KEY,
  core     INTEGER NOT NULL CHECK (core = 0 OR core = 1),   -- 1 for the five asked for first
  units    TEXT NOT NULL,                                   -- canonical units its claims use
  meaning  TEXT NOT NULL
) STRICT;

INSERT INTO metrics (name, core, units, meaning) VALUES
  ('unions_established', 1, 'union', 'union organisations founded during the period'),
  ('members_enrolled', 1, 'person', 'people who joined the union during the period'),
  ('funds_disbursed', 1, 'CNY', 'money the union paid out, spent or invested, or that passed through it to recipients'),
  ('funds_raised', 1, 'CNY', 'money the union collected, was donated, raised or obtained from others'),
  ('people_helped', 1, 'person, person_time, household', 'people or households who received assistance'),
  ('people_trained', 0, 'person, person_time', 'people who took part in training'),
  ('members_total', 0, 'person', 'membership at a point in time (a stock, not new members)'),
  ('unions_total', 0, 'union', 'union organisations existing at a point in time (a stock)'),
  ('rate', 0, 'percent', 'a percentage: coverage, enrolment, completion or a share (85 means 85 %)');

DROP VIEW claims_distinct;
DROP VIEW claims_with_reports;
DROP VIEW finding_claims;

CREATE TABLE claims_new (
  id         INTEGER PRIMARY KEY,           -- stable: the same file at the same path gives the same ids
  report_id  INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  source_id  INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  start      INTEGER NOT NULL,
  "end"      INTEGER NOT NULL,
  quote      TEXT    NOT NULL,              -- = substr(sources.text, start + 1, end - start)
  metric     TEXT    NOT NULL REFERENCES metrics(name),
  value      REAL,                          -- in the canonical unit; NULL when redacted
  unit       TEXT    NOT NULL,              -- CNY, person, person_time, household, union, percent
  approx     TEXT    NOT NULL CHECK (approx = 'exact' OR approx = 'approx' OR approx = 'at_least' OR approx = 'at_most'),
  status     TEXT    NOT NULL CHECK (status = 'actual' OR status = 'target' OR status = 'plan'),
  redacted   INTEGER NOT NULL CHECK (redacted = 0 OR redacted = 1),
  rule       TEXT    NOT NULL               -- id of the extractor rule that produced the claim
) STRICT;
INSERT INTO claims_new SELECT id, report_id, source_id, start, "end", quote, metric, value, unit, approx, status, redacted, rule FROM claims;
DROP TABLE claims;
ALTER TABLE claims_new RENAME TO claims;
CREATE INDEX claims_report_id ON claims(report_id);
CREATE INDEX claims_source_id ON claims(source_id);
CREATE INDEX claims_metric ON claims(metric);

CREATE TABLE quantities_new (
  id         INTEGER PRIMARY KEY,
  report_id  INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  source_id  INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  start      INTEGER NOT NULL,
  "end"      INTEGER NOT NULL,
  quote      TEXT    NOT NULL,
  value      REAL,
  unit       TEXT,                          -- canonical unit or the classifier (场, 次, 期 …)
  kind       TEXT    NOT NULL CHECK (kind = 'number' OR kind = 'percent' OR kind = 'money' OR kind = 'redacted'),
  approx     TEXT    NOT NULL,
  redacted   INTEGER NOT NULL CHECK (redacted = 0 OR redacted = 1)
) STRICT;
INSERT INTO quantities_new SELECT id, report_id, source_id, start, "end", quote, value, unit, kind, approx, redacted FROM quantities;
DROP TABLE quantities;
ALTER TABLE quantities_new RENAME TO quantities;
CREATE INDEX quantities_report_id ON quantities(report_id);

CREATE TABLE findings_new (
  id         INTEGER PRIMARY KEY,
  claim_id   INTEGER REFERENCES claims(id) ON DELETE CASCADE,
  report_id  INTEGER REFERENCES reports(id) ON DELETE CASCADE,
  kind       TEXT NOT NULL,
  severity   TEXT NOT NULL CHECK (severity = 'info' OR severity = 'warning' OR severity = 'error'),
  message    TEXT NOT NULL,
  source_id  INTEGER REFERENCES sources(id) ON DELETE CASCADE,
  start      INTEGER,                       -- code points in sources.text
  "end"      INTEGER,
  quote      TEXT,                          -- the subject figure as written
  claim_ids  TEXT NOT NULL DEFAULT '[]'     -- JSON array of claims.id
) STRICT;
INSERT INTO findings_new SELECT id, claim_id, report_id, kind, severity, message, source_id, start, "end", quote, claim_ids FROM findings;
DROP TABLE findings;
ALTER TABLE findings_new RENAME TO findings;
CREATE INDEX findings_claim_id ON findings(claim_id);
CREATE INDEX findings_report_id ON findings(report_id);
CREATE INDEX findings_source_id ON findings(source_id);
CREATE INDEX findings_kind ON findings(kind);

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

-- One row per finding and claim it used: join findings to claims without parsing JSON.
CREATE VIEW finding_claims AS
SELECT f.id AS finding_id, f.kind, f.severity, j.value AS claim_id
FROM findings f, json_each(f.claim_ids) j;
