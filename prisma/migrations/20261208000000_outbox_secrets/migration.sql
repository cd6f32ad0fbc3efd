-- Secrets a delivered e-mail no longer needs are hidden in its stored copy (lib/email/redact-secrets.ts);
-- the ones no link shows (a pickup code, a token in a path) are listed here until then.
ALTER TABLE outbox_messages ADD COLUMN secrets text[] NOT NULL DEFAULT '{}';

-- E-mails delivered before this change: their links lose their query values (tokens, codes) and
-- event registration tokens, and the "ready for pickup" e-mails their code and its QR (a FAILED
-- one with attempts left is still to be sent, as it is).
UPDATE outbox_messages
   SET text = regexp_replace(regexp_replace(text, '([?&](amp;)?[^=&#\s"''<>?]+=)[^&#\s"''<>]+', '\1••••••', 'g'),
                             '(/event-registration/)[A-Za-z0-9_%-]+', '\1••••••', 'g'),
       html = regexp_replace(regexp_replace(html, '([?&](amp;)?[^=&#\s"''<>?]+=)[^&#\s"''<>]+', '\1••••••', 'g'),
                             '(/event-registration/)[A-Za-z0-9_%-]+', '\1••••••', 'g')
 WHERE (status IN ('SENT', 'STORED') OR (status = 'FAILED' AND attempts >= 5));
UPDATE outbox_messages
   SET text = regexp_replace(text, '\m[A-HJKMNP-Z2-9]{6}\M', '••••••', 'g'),
       html = regexp_replace(html, '\m[A-HJKMNP-Z2-9]{6}\M', '••••••', 'g'),
       attachments = '[]'
 WHERE kind = 'pickup.ready' AND (status IN ('SENT', 'STORED') OR (status = 'FAILED' AND attempts >= 5));
