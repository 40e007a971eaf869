-- Links between re-posted reports are a function of every report in the dataset, made anew
-- when a run or merge ends. A flag says that sources were written since, so that a run killed
-- before it could link is linked by the next, even one that finds nothing to read.
CREATE TABLE _state (
  name   TEXT PRIMARY KEY,
  value  INTEGER NOT NULL
) STRICT;
INSERT INTO _state (name, value) VALUES ('links_stale', 1);
