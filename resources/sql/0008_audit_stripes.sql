-- The audit chain in stripes: up to 64 independent hash chains, each with its own head
-- row, instead of one chain whose single head row every audited transaction locked until
-- its commit — which made all audited transactions of all people commit one at a time.
--
-- A row records its stripe. Within a stripe the chain order is the id order: an append
-- locks its stripe's head, then takes the next id, so no two rows of a stripe claim the
-- same predecessor. Each row's hash covers its stripe's previous hash and its canonical
-- content; for stripes 1–64 the canonical content ends with the stripe number
-- (gatehouse_audit_canonical with p_stripe), so moving a row to another stripe alters it.
--
-- Stripe 0 is the single chain written before this migration, rows and head unchanged:
-- its rows keep the canonical form without the stripe number, and nothing appends to it
-- any more. Verification checks every stripe in id order and each stripe's head.
--
-- A session keeps one stripe: its first append takes the next of the stripes in use
-- (1 … audit_settings.stripes_in_use) in turn and the session remembers it
-- (gatehouse.audit_stripe), so that many sessions that connected one after the other
-- never share a stripe. One transaction only ever locks one stripe head, so stripes add
-- no deadlock. Lock order stays as in 0002: the change row first, the stripe head last.
-- A session that sets gatehouse.audit_stripe itself only chooses which chain it waits
-- for; what it appends is chained and hashed the same.
--
-- Stripes in use start at 1: every audited transaction also sends a change notification,
-- and PostgreSQL lets one notifying transaction commit at a time, holding its lock until
-- the commit is done. While that is so, sessions serialised earlier on one stripe head
-- commit faster than many stripes' sessions queueing at the notification lock (measured
-- with tests/bench/bench_approvals). Once notifications leave the audited transactions,
-- UPDATE audit_settings SET stripes_in_use = 64 (sessions pick it up when they connect);
-- verification does not depend on it.

ALTER TABLE audit_log ADD COLUMN stripe smallint NOT NULL DEFAULT 0
    CONSTRAINT audit_log_stripe_range CHECK (stripe BETWEEN 0 AND 64);
-- Existing rows read the default (stripe 0) without being rewritten; new rows name theirs.
ALTER TABLE audit_log ALTER COLUMN stripe DROP DEFAULT;

-- Few rows, each updated by every append of its stripe: a low fill factor keeps the
-- stripes' row versions on separate pages and updates in place (HOT).
CREATE TABLE audit_stripes (
    stripe    smallint PRIMARY KEY CHECK (stripe BETWEEN 0 AND 64),
    last_id   bigint,
    last_hash bytea NOT NULL DEFAULT ''::bytea
) WITH (fillfactor = 10);

INSERT INTO audit_stripes (stripe, last_id, last_hash)
SELECT 0, last_id, last_hash FROM audit_chain_head;
INSERT INTO audit_stripes (stripe) SELECT s FROM generate_series(1, 64) AS s;
DROP TABLE audit_chain_head;

-- Hands out stripes to sessions in turn.
CREATE SEQUENCE audit_stripe_turn;

CREATE TABLE audit_settings (
    singleton      boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    stripes_in_use smallint NOT NULL DEFAULT 1 CHECK (stripes_in_use BETWEEN 1 AND 64)
);
INSERT INTO audit_settings DEFAULT VALUES;

CREATE FUNCTION gatehouse_audit_canonical(p_id bigint, p_at timestamptz, p_actor text, p_action text,
                                          p_change_id bigint, p_detail jsonb, p_stripe integer)
RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT gatehouse_audit_canonical(p_id, p_at, p_actor, p_action, p_change_id, p_detail)
        || gatehouse_audit_field(p_stripe::text)
$$;

-- The canonical content is built here in one expression, the same text as
-- gatehouse_audit_canonical(…, p_stripe) builds through its helper functions: every
-- audited transaction appends, and the helpers cost more than the rest of the append.
CREATE OR REPLACE FUNCTION gatehouse_audit_append(p_action text, p_change_id bigint, p_detail jsonb)
RETURNS audit_log
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    remembered text := current_setting('gatehouse.audit_stripe', true);
    lane smallint;
    previous bytea;
    row_id bigint;
    row_at timestamptz := clock_timestamp();
    actor text := session_user;
    detail jsonb := coalesce(p_detail, '{}'::jsonb);
    detail_text text := detail::text;
    change_text text := coalesce(p_change_id::text, '');
    at_text text;
    rest text;
    written audit_log;
BEGIN
    IF remembered ~ '^[0-9]{1,2}$' AND remembered::integer BETWEEN 1 AND 64 THEN
        lane := remembered::smallint;
    ELSE
        lane := 1 + (nextval('audit_stripe_turn') - 1)
                    % coalesce((SELECT stripes_in_use FROM audit_settings WHERE singleton), 1);
        PERFORM set_config('gatehouse.audit_stripe', lane::text, false);
    END IF;
    -- Everything but the id is known before the stripe is locked.
    at_text := to_char(row_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"');
    rest := octet_length(at_text)::text || ':' || at_text || ';'
         || octet_length(actor)::text || ':' || actor || ';'
         || octet_length(p_action)::text || ':' || p_action || ';'
         || octet_length(change_text)::text || ':' || change_text || ';'
         || octet_length(detail_text)::text || ':' || detail_text || ';'
         || octet_length(lane::text)::text || ':' || lane::text || ';';
    SELECT last_hash INTO previous FROM audit_stripes WHERE stripe = lane FOR UPDATE;
    row_id := nextval('audit_log_id_seq'::regclass);
    INSERT INTO audit_log (id, at, actor, action, change_id, detail, stripe, prev_hash, hash)
    VALUES (row_id, row_at, actor, p_action, p_change_id, detail, lane, previous,
            digest(previous || convert_to(octet_length(row_id::text)::text || ':' || row_id::text || ';' || rest, 'UTF8'),
                   'sha256'))
    RETURNING * INTO written;
    UPDATE audit_stripes SET last_id = written.id, last_hash = written.hash WHERE stripe = lane;
    RETURN written;
END;
$$;

REVOKE ALL ON audit_stripes, audit_stripe_turn, audit_settings FROM PUBLIC;
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['gatehouse_requester', 'gatehouse_cab_member', 'gatehouse_business_owner',
                             'gatehouse_release_manager', 'gatehouse_support', 'gatehouse_admin'] LOOP
        EXECUTE format('GRANT SELECT ON audit_stripes, audit_settings TO %I', r);
    END LOOP;
END;
$$;

GRANT EXECUTE ON FUNCTION gatehouse_audit_canonical(bigint, timestamptz, text, text, bigint, jsonb, integer) TO PUBLIC;
