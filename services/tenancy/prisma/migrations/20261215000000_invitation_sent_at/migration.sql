-- When an invitation's email last went out: null for one created to be sent later (docs/product.md: "send
-- now or later"), or one whose link the agency spent itself (an initial password). Invitations made
-- before this migration were all mailed when created.
ALTER TABLE invitations ADD COLUMN sent_at timestamptz(3);
UPDATE invitations SET sent_at = created_at WHERE client_user_id IS NULL;
