-- Every claim records why it was read as its metric: where the word that decided the metric
-- stands (the verb, or the noun when a noun decided) and, where a rule used it, the counted
-- noun. Code points into sources.text like start/end; `cue` and `noun` are those words as
-- text (for an HTML page, without markup). NULL when no single word decided.
ALTER TABLE claims ADD COLUMN cue_start INTEGER;
ALTER TABLE claims ADD COLUMN cue_end INTEGER;
ALTER TABLE claims ADD COLUMN cue TEXT;
ALTER TABLE claims ADD COLUMN noun_start INTEGER;
ALTER TABLE claims ADD COLUMN noun_end INTEGER;
ALTER TABLE claims ADD COLUMN noun TEXT;

DROP VIEW claims_distinct;
DROP VIEW claims_with_reports;

-- Claims with what a reader needs beside them: where they came from, why they were read so,
-- and whose report.
CREATE VIEW claims_with_reports AS
SELECT c.id AS claim_id, c.metric, c.value, c.unit, c.approx, c.status, c.redacted, c.quote,
       c.start, c."end", c.rule, c.cue, c.noun,
       r.id AS report_id, r.idx AS report_idx, r.title, r.org, r.admin_level, r.year, r.period,
       r.script, r.duplicate_of, s.id AS source_id, s.path
FROM claims c
JOIN reports r ON r.id = c.report_id
JOIN sources s ON s.id = c.source_id;

-- The same, leaving out claims of reports that re-post an earlier one: totals count once.
CREATE VIEW claims_distinct AS
SELECT * FROM claims_with_reports WHERE duplicate_of IS NULL;
