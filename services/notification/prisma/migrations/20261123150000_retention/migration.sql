-- The retention worker's batches: settled deliveries and read notifications, oldest first.
CREATE INDEX email_deliveries_settled_idx ON email_deliveries (created_at, id) WHERE status <> 'pending';
CREATE INDEX notifications_read_idx ON notifications (created_at, id) WHERE read_at IS NOT NULL;
