-- LSH bands are no longer stored: the writer keeps them in memory and derives them from
-- reports.minhash when it starts. As rows they were a third of everything written.
DROP TABLE report_bands;
