-- Sums must not double count: a part points at its total (其中 lists, parts that add up to a
-- 共计 sum), and claims_headline leaves out parts and re-posted reports. No foreign key: a total
-- and its parts are rows of one report, written and deleted together, and a key would make
-- every deletion of a claim look its parts up.
ALTER TABLE claims ADD COLUMN part_of INTEGER;                 -- claims.id of the total, same report

-- Which metrics add up across claims: flows of the period do (unions founded, money paid out);
-- stocks (a membership, the unions that exist) are counted again by every report about the
-- same body and its superiors, and percentages never add.
ALTER TABLE metrics ADD COLUMN additive INTEGER NOT NULL DEFAULT 0 CHECK (additive = 0 OR additive = 1);
UPDATE metrics SET additive = 1
  WHERE name IN ('unions_established', 'members_enrolled', 'funds_disbursed', 'funds_raised', 'people_helped', 'people_trained');

DROP VIEW claims_distinct;
DROP VIEW claims_with_reports;

-- Claims with what a reader needs beside them: where they came from, why they were read so,
-- the total they are part of, and whose report.
CREATE VIEW claims_with_reports AS
SELECT c.id AS claim_id, c.metric, c.value, c.unit, c.approx, c.status, c.redacted, c.quote,
       c.start, c."end", c.rule, c.cue, c.noun, c.part_of,
       r.id AS report_id, r.idx AS report_idx, r.title, r.org, r.admin_level, r.year, r.period,
       r.script, r.duplicate_of, s.id AS source_id, s.path
FROM claims c
JOIN reports r ON r.id = c.report_id
JOIN sources s ON s.id = c.source_id;

-- The same, leaving out claims of reports that re-post an earlier one.
CREATE VIEW claims_distinct AS
SELECT * FROM claims_with_reports WHERE duplicate_of IS NULL;

-- What to add up: no re-posted report and no part of another claim, so every figure counts
-- once. Rates and stocks are still here (metrics.additive says which metrics add up).
CREATE VIEW claims_headline AS
SELECT * FROM claims_distinct WHERE part_of IS NULL;
