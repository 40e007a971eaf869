-- Where each report's title, org and year were read: code points into sources.text, end
-- exclusive, NULL when the report has none. The org may be read around text the view left
-- out (a year inside a title, a pinyin gloss): its span then covers that text too.
ALTER TABLE reports ADD COLUMN title_start INTEGER;
ALTER TABLE reports ADD COLUMN title_end INTEGER;
ALTER TABLE reports ADD COLUMN org_start INTEGER;
ALTER TABLE reports ADD COLUMN org_end INTEGER;
ALTER TABLE reports ADD COLUMN year_start INTEGER;
ALTER TABLE reports ADD COLUMN year_end INTEGER;
