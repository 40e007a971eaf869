-- A file whose name is not UTF-8 is stored with its path as text, the other bytes escaped
-- (caf\xe9.txt), and the path's bytes here, to open it again (verify). NULL for UTF-8 names.
ALTER TABLE sources ADD COLUMN path_bytes BLOB;
