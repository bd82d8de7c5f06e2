-- Channel types (SPEC §11, issue 14). Defaults keep every existing channel an OpenAI-compatible one that sends
-- its model id upstream, with the model's own reasoning; priority and weight are for routing (§13).
ALTER TABLE channels ADD COLUMN type VARCHAR(16) NOT NULL DEFAULT 'openai';
ALTER TABLE channels ADD COLUMN upstream_model VARCHAR(200);
ALTER TABLE channels ADD COLUMN reasoning VARCHAR(16) NOT NULL DEFAULT 'auto';
ALTER TABLE channels ADD COLUMN context_window INTEGER;
ALTER TABLE channels ADD COLUMN vision BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE channels ADD COLUMN priority INTEGER NOT NULL DEFAULT 0;
ALTER TABLE channels ADD COLUMN weight INTEGER NOT NULL DEFAULT 1;
-- Usage rows say how much of the prompt was cached input and how much of the completion was reasoning.
ALTER TABLE chat_logs ADD COLUMN cached_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE chat_logs ADD COLUMN reasoning_tokens INTEGER NOT NULL DEFAULT 0;
