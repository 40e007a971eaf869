-- LSH band keys as integers: the same lookups with a smaller, faster index than text keys.
DROP TABLE report_bands;
CREATE TABLE report_bands (
  band       INTEGER NOT NULL,                -- hash of (band number, the band's signature values)
  report_id  INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  PRIMARY KEY (band, report_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX report_bands_report_id ON report_bands(report_id);
