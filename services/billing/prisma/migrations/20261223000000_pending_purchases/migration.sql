-- The purchase reconciler (docs/billing.md "Purchases") finds purchases left pending in every agency
-- (billing stopped between the charge and its answer, and no retry or webhook came), which the app role
-- cannot see. As expired_credit_reservations, this runs as the owner, whom the lookup policy of
-- 20261221000000_credit_purchases lets read them, and answers ids only; each is then settled in its own
-- agency's transaction.
CREATE FUNCTION pending_credit_purchases(asked_before timestamptz, asked_after timestamptz, max_rows integer)
    RETURNS TABLE (purchase_id uuid, purchase_agency_id uuid)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
        SELECT id, agency_id FROM credit_purchases
         WHERE status = 'pending' AND created_at < asked_before AND created_at > asked_after
         ORDER BY created_at LIMIT max_rows
    $$;
REVOKE ALL ON FUNCTION pending_credit_purchases(timestamptz, timestamptz, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION pending_credit_purchases(timestamptz, timestamptz, integer) TO atrium_billing_app;
