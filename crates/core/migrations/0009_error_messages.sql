-- A feed's last error as a catalog message (JSON: its id and arguments), so
-- the feed list words it in the reader's language; `last_error` keeps the
-- English text (the CLI's JSON, logs, and databases written before this).
ALTER TABLE feeds ADD COLUMN last_error_message TEXT;
