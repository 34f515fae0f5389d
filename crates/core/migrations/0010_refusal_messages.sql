-- Why a server refused a queued change, as a catalog message (JSON: its id
-- and arguments) beside the English `rejected`, so Settings → Accounts words
-- it in the reader's language. Rows refused before this keep their English.
ALTER TABLE outbox ADD COLUMN rejected_message TEXT;
-- An account's last sync error likewise.
ALTER TABLE accounts ADD COLUMN last_error_message TEXT;
