-- The owner's dashboard and audit log at scale (100,000 orders). Sales and top products read
-- the orders paid in a period, refunds and returns are read by when they were created, and the
-- audit log is filtered by who made the change (newest first).
CREATE INDEX orders_paid_at_idx ON orders (paid_at);
CREATE INDEX refunds_created_at_idx ON refunds (created_at);
CREATE INDEX returns_created_at_idx ON returns (created_at);
CREATE INDEX audit_logs_actor_id_created_at_idx ON audit_logs (actor_id, created_at);
