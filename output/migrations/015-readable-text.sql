-- Each report's readable text: a page as text (tags left out, entities decoded), a text file as
-- written, in its own script. Offsets into it are code points; text_map says where each stretch
-- of it stands in sources.text. Claims say where they and their sentence stand in it, so that
-- SQL users and the audit see a figure in its words, not in markup.
ALTER TABLE reports ADD COLUMN text TEXT;                    -- NULL only in rows of an older version (the next run reads them again)
ALTER TABLE reports ADD COLUMN text_map TEXT;                -- JSON [[text_offset, source_start, source_end], …]: runs of the text and the source they stand for
ALTER TABLE reports ADD COLUMN text_simplified TEXT;         -- a traditional report's text in simplified characters (for search); NULL for simplified ones
ALTER TABLE claims ADD COLUMN text_start INTEGER;            -- the quote in reports.text
ALTER TABLE claims ADD COLUMN text_end INTEGER;
ALTER TABLE claims ADD COLUMN sentence_start INTEGER;        -- the sentence it stands in, in reports.text
ALTER TABLE claims ADD COLUMN sentence_end INTEGER;

-- Full-text search over reports. Trigram tokens find any run of three or more characters
-- (Chinese has no spaces to split words at); search in simplified characters to find reports
-- in both scripts. Reports are indexed at each commit of a run (and when a run or merge ends),
-- together: FTS5 writes a segment at every savepoint, and the writer has one per file, so
-- indexing row by row made runs twice as slow. `_fts_pending` lists the reports written since;
-- a deleted report is taken out of the index only if it was in it.
CREATE VIRTUAL TABLE reports_fts USING fts5(
  title, org, text, text_simplified,
  content = 'reports', content_rowid = 'id', tokenize = 'trigram'
);
CREATE TABLE _fts_pending (report_id INTEGER PRIMARY KEY) STRICT;
INSERT INTO _fts_pending (report_id) SELECT id FROM reports;
CREATE TRIGGER reports_fts_insert AFTER INSERT ON reports BEGIN
  INSERT OR IGNORE INTO _fts_pending (report_id) VALUES (new.id);
END;
CREATE TRIGGER reports_fts_delete AFTER DELETE ON reports BEGIN
  INSERT INTO reports_fts (reports_fts, rowid, title, org, text, text_simplified)
    SELECT 'delete', old.id, old.title, old.org, old.text, old.text_simplified
    WHERE NOT EXISTS (SELECT 1 FROM _fts_pending WHERE report_id = old.id);
  DELETE FROM _fts_pending WHERE report_id = old.id;
END;
CREATE TRIGGER reports_fts_update AFTER UPDATE OF title, org, text, text_simplified ON reports BEGIN
  INSERT INTO reports_fts (reports_fts, rowid, title, org, text, text_simplified)
    SELECT 'delete', old.id, old.title, old.org, old.text, old.text_simplified
    WHERE NOT EXISTS (SELECT 1 FROM _fts_pending WHERE report_id = old.id);
  INSERT OR IGNORE INTO _fts_pending (report_id) VALUES (new.id);
END;

-- Each claim in its words: the sentence of the readable text it stands in, and the same with
-- the figure marked 【…】.
CREATE VIEW claims_in_context AS
SELECT c.id AS claim_id, c.metric, c.value, c.unit, c.approx, c.status, c.quote,
       substr(r.text, c.sentence_start + 1, c.sentence_end - c.sentence_start) AS sentence,
       substr(r.text, c.sentence_start + 1, c.text_start - c.sentence_start) || '【' ||
         substr(r.text, c.text_start + 1, c.text_end - c.text_start) || '】' ||
         substr(r.text, c.text_end + 1, c.sentence_end - c.text_end) AS marked,
       c.cue, c.noun, c.rule, c.part_of,
       r.id AS report_id, r.title, r.org, r.year, r.duplicate_of, s.path
FROM claims c
JOIN reports r ON r.id = c.report_id
JOIN sources s ON s.id = c.source_id;
