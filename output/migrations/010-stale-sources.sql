-- A file that cannot be read or processed again keeps the rows of its last good reading: they
-- are marked stale with the reason, and a row in problems says so. Only a file that changed
-- and processed fine replaces its rows.
ALTER TABLE sources ADD COLUMN stale TEXT;                   -- NULL, or why the file as it is now could not be read
