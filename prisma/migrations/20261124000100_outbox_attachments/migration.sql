-- Files sent with an e-mail (the pickup code's QR image, later calendar invitations): a JSON
-- array of {filename, contentType, contentBase64, cid?}; a cid makes it an inline image that the
-- HTML part shows with <img src="cid:...">.
ALTER TABLE outbox_messages ADD COLUMN attachments jsonb NOT NULL DEFAULT '[]';
