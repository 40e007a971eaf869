-- The search index is built as a run goes, a segment of FTS5's index for each batch of reports
-- the writer gives it (256 K characters, between files; output/writer.ts). FTS5
-- merges segments as they come (automerge 4: four on a level make one on the next), so the
-- index of a long run is rewritten once a level, and that rewriting was a third of its cost.
-- Merging only when a level holds 16 segments (crisismerge, which automerge 0 leaves on)
-- rewrites it fewer times: on 20 MB of report copies the writer spent 15 % less time, and a
-- search reads at most 15 segments a level. The setting is kept in reports_fts_config.
INSERT INTO reports_fts (reports_fts, rank) VALUES ('automerge', 0);
