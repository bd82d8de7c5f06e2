-- Which protocol surface a chat came in through (SPEC §12): chat, messages or responses. Rows written before
-- the other surfaces existed all came through chat completions.
ALTER TABLE chat_logs ADD COLUMN endpoint VARCHAR(16) NOT NULL DEFAULT 'chat';
