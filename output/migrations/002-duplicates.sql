-- Duplicate detection: template sites re-post the same report, sometimes in the other
-- script and with other clutter. reports.duplicate_of points at the first copy (by source
-- path, then position in the file); duplicate_similarity says how alike they are.

ALTER TABLE reports ADD COLUMN fingerprint TEXT;             -- sha1 of the normalised simplified text
ALTER TABLE reports ADD COLUMN minhash BLOB;                 -- MinHash signature of its 5-character shingles
ALTER TABLE reports ADD COLUMN shingles INTEGER;             -- number of distinct shingles
ALTER TABLE reports ADD COLUMN duplicate_similarity REAL;    -- estimated Jaccard similarity to duplicate_of
CREATE INDEX reports_fingerprint ON reports(fingerprint);
CREATE INDEX reports_duplicate_of ON reports(duplicate_of);

-- LSH bands of each report's signature: reports sharing a band are compared.
CREATE TABLE report_bands (
  band       TEXT    NOT NULL,
  report_id  INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  PRIMARY KEY (band, report_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX report_bands_report_id ON report_bands(report_id);
