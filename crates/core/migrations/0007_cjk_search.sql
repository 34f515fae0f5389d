-- Chinese, Japanese and Korean text is now indexed as bigrams (see cjk.rs).
-- Articles stored before are re-indexed once, by the store, when it next
-- opens the file (Rust does the splitting); this row asks for it.
INSERT INTO settings (key, value) VALUES ('pending_cjk_reindex', '1')
    ON CONFLICT (key) DO UPDATE SET value = excluded.value;
