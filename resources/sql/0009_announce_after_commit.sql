-- Change signals after the commit, and cheaper approvals.
--
-- Until now every write sent its gatehouse_changes notification inside its own
-- transaction. PostgreSQL lets one notifying transaction commit at a time: it takes a
-- lock on the database at pre-commit and holds it until its commit is done, so all
-- audited transactions of all people committed one after the other.
--
-- Signals. A session that declares it announces after its commits
-- (SET gatehouse.announce = 'after-commit'; every Gatehouse does so when it connects)
-- no longer notifies inside its writes: what a write would have sent (the change id as
-- text, or 'release:<id>') is remembered in the session (gatehouse.announce_pending,
-- a session setting that a rolled-back write leaves as it was). Right after each
-- committed write the session calls gatehouse_announce(), which sends what is pending
-- in its own short transaction that does not wait for its commit record to be flushed.
-- Any other writer (psql, a script, an older client) notifies inside its transaction as
-- before. A signal lost to a crash between the two transactions loses no data — the
-- write committed durably — and every Gatehouse re-reads when it (re)connects.
-- Notifications stay what they were: a signal to re-query, never the data.
--
-- Approvals. gatehouse_holds_role and gatehouse_quorum_met were LANGUAGE sql functions
-- that cannot be inlined (one is SECURITY DEFINER, the other has a correlated subquery
-- per role), so they were planned again in every transaction; PL/pgSQL keeps its plans
-- for the session. Measured per call in an approval (one client): 0.12 → 0.008 ms and
-- 0.155 → 0.03 ms, about a quarter of gatehouse_approve's time. Their behaviour is
-- unchanged. (Inlining gatehouse_approve's other helpers measured no difference and was
-- left alone.)
--
-- Stripes. With notifications out of the audited transactions, audited transactions of
-- different sessions no longer queue behind one another at commit and can share WAL
-- flushes, and spreading them over the audit chain's stripes pays (resources/sql/0008;
-- tests/bench/bench_approvals): a store still at the migrated default of 1 stripe in use
-- goes to 64.

-- ---------------------------------------------------------------- signals

-- Sends `p_payload` on gatehouse_changes now, or remembers it for gatehouse_announce()
-- when the session announces after its commits. Runs as whoever writes (in practice
-- the owner, inside the SECURITY DEFINER entry points).
CREATE FUNCTION gatehouse_signal(p_payload text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    pending text;
BEGIN
    IF current_setting('gatehouse.announce', true) IS DISTINCT FROM 'after-commit' THEN
        PERFORM pg_notify('gatehouse_changes', p_payload);
        RETURN;
    END IF;
    pending := coalesce(current_setting('gatehouse.announce_pending', true), '');
    IF pending = '' THEN
        PERFORM set_config('gatehouse.announce_pending', p_payload, false);
    ELSIF strpos(',' || pending || ',', ',' || p_payload || ',') = 0 THEN
        PERFORM set_config('gatehouse.announce_pending', pending || ',' || p_payload, false);
    END IF;
END;
$$;

CREATE OR REPLACE FUNCTION gatehouse_notify_changes() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM gatehouse_signal(NEW.id::text);
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION gatehouse_notify_change_child() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM gatehouse_signal(NEW.change_id::text);
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION gatehouse_release_notify(p_release bigint) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM gatehouse_signal('release:' || p_release::text);
END;
$$;

-- Sends the signals this session's committed writes left pending, and forgets them.
-- Call it on its own, in autocommit, right after each write: then nothing else of the
-- transaction needs to be durable and it does not wait for its commit record. Called
-- inside a transaction that has written something, it sends the signals with that
-- transaction and leaves its durability alone. Only well-formed payloads go out (a
-- session may set gatehouse.announce_pending itself). Returns how many were sent.
CREATE FUNCTION gatehouse_announce() RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    pending text := coalesce(current_setting('gatehouse.announce_pending', true), '');
    payload text;
    sent integer := 0;
BEGIN
    IF pending = '' THEN
        RETURN 0;
    END IF;
    IF pg_current_xact_id_if_assigned() IS NULL THEN
        PERFORM set_config('synchronous_commit', 'off', true);
    END IF;
    PERFORM set_config('gatehouse.announce_pending', '', false);
    FOREACH payload IN ARRAY string_to_array(pending, ',') LOOP
        IF payload ~ '^(release:)?[0-9]{1,19}$' THEN
            PERFORM pg_notify('gatehouse_changes', payload);
            sent := sent + 1;
        END IF;
    END LOOP;
    RETURN sent;
END;
$$;

-- ---------------------------------------------------------------- approvals

-- As in 0002: known role, and membership or an unexpired break-glass grant (not audited
-- here; gatehouse_require_role audits the use).
CREATE OR REPLACE FUNCTION gatehouse_holds_role(p_role text) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT gatehouse_known_role(p_role) THEN
        RETURN false;
    END IF;
    IF pg_has_role(session_user, gatehouse_role_name(p_role), 'MEMBER') THEN
        RETURN true;
    END IF;
    RETURN EXISTS (SELECT 1 FROM break_glass_grants
                    WHERE grantee = session_user AND role = p_role AND expires_at > clock_timestamp());
END;
$$;

-- As in 0002: every required role has at least its count of standing approvals.
CREATE OR REPLACE FUNCTION gatehouse_quorum_met(c change_requests, required jsonb) RETURNS boolean
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN NOT EXISTS (
        SELECT 1 FROM jsonb_each_text(required) AS need(role, count)
         WHERE (SELECT count(*) FROM approvals a
                 WHERE a.change_id = c.id AND a.role = need.role AND a.decision = 'approve'
                   AND a.voided_at IS NULL) < need.count::integer);
END;
$$;

-- ---------------------------------------------------------------- stripes

UPDATE audit_settings SET stripes_in_use = 64 WHERE singleton AND stripes_in_use = 1;

-- ---------------------------------------------------------------- privileges

REVOKE ALL ON FUNCTION gatehouse_signal(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION gatehouse_announce() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION gatehouse_announce() TO PUBLIC;
