-- sources.path is relative to the folder a run was given (a file given directly: its name), so
-- the same archive in two places gives the same rows and ids. Each run records that folder.
-- Rows an older version stored under absolute paths are replaced by the next run over them.
ALTER TABLE runs ADD COLUMN root TEXT;                       -- absolute path of the archive's root
ALTER TABLE runs ADD COLUMN skipped INTEGER;                 -- files of other extensions found and not read
