-- Story clustering: articles from different feeds about the same story share
-- a story id (the id of the story's first article). `signature` holds the
-- weighted terms clustering compares, computed when the article is parsed.

ALTER TABLE articles ADD COLUMN story_id INTEGER;
ALTER TABLE articles ADD COLUMN signature TEXT NOT NULL DEFAULT '';

-- Articles stored before clustering existed are each their own story.
UPDATE articles SET story_id = id WHERE story_id IS NULL;

CREATE INDEX articles_story ON articles (story_id);
