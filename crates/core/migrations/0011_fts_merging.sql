-- The search index's in-memory buffer and merge width (stored in its
-- config table). With FTS5's defaults (1 MB, merge every 4 segments) a first
-- sync of 2,000 feeds spent a growing share of its time re-merging the
-- index: 9.9 s for 100,000 articles against 0.8 s for 10,000. A bigger
-- buffer flushes fewer, larger segments and a wider merge rewrites them
-- less often (8.8 s); 16 made the file a tenth bigger for 2 % more speed.
INSERT INTO articles_fts(articles_fts, rank) VALUES ('hashsize', 8388608);
INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 8);
