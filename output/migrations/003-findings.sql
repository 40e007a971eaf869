-- Findings point at the evidence they rest on: the source span of their subject figure and
-- every claim they used (a total and its parts, a share and its part and whole).

ALTER TABLE findings ADD COLUMN source_id INTEGER REFERENCES sources(id) ON DELETE CASCADE;
ALTER TABLE findings ADD COLUMN start INTEGER;                 -- code points in sources.text
ALTER TABLE findings ADD COLUMN "end" INTEGER;
ALTER TABLE findings ADD COLUMN quote TEXT;                    -- the subject figure as written
ALTER TABLE findings ADD COLUMN claim_ids TEXT NOT NULL DEFAULT '[]';  -- JSON array of claims.id
CREATE INDEX findings_source_id ON findings(source_id);
CREATE INDEX findings_kind ON findings(kind);

-- One row per finding and claim it used: join findings to claims without parsing JSON.
CREATE VIEW finding_claims AS
SELECT f.id AS finding_id, f.kind, f.severity, j.value AS claim_id
FROM findings f, json_each(f.claim_ids) j;
