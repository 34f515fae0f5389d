-- An article's language (BCP 47: the feed's <language>, else detected), so
-- the app can declare it: screen readers pronounce it right, the browser
-- hyphenates and shapes it right.
ALTER TABLE articles ADD COLUMN lang TEXT;
