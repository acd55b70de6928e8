-- Leaner approvals. Measured with 16 concurrent approvers (tests/bench/bench_approvals)
-- and per statement, an approval spent its time less on its purpose than on overhead:
--
-- - Appending its two audit rows took a third of it: each append took its stripe's head
--   row lock, wrote the row, re-checked the change row through the audit log's foreign
--   key (a FOR KEY SHARE lookup of a row the approval already holds FOR UPDATE) and
--   rewrote the head.
-- - It read the change's standing approvals three times (already approved by this
--   person? how many per role? quorum met?), each a query planned with its own executor.
-- - Updating the change re-read and re-planned all seven CHECK constraints of
--   change_requests from their stored form, for every statement.
--
-- gatehouse_audit_append_each appends several entries about one change in one go: the
-- stripe head is locked and rewritten once, and the rows are chained one after the
-- other exactly as separate appends would chain them (same ids in order, same canonical
-- content, same hashes; `gatehouse audit verify` does not tell them apart).
-- gatehouse_audit_append is now that function with one entry.
--
-- The audit log's foreign key to change_requests goes. Every audit row is written by
-- the store's own functions, which name a change they have just read and locked; a
-- change is never deleted (clients hold no DELETE or TRUNCATE on change_requests, and
-- from now on even the owner's DELETE is refused, as the audit log's are); and the
-- chain's verification never depended on the change row. What the key still added was
-- a lookup per audit row.

-- ---------------------------------------------------------------- audit

-- Appends one audit row per element of p_actions (with the matching element of
-- p_details, NULL meaning {}) about change p_change_id (NULL for none), in order, on the
-- session's stripe. Returns the last row written. Written only through the SECURITY
-- DEFINER entry points: not granted to anyone.
CREATE FUNCTION gatehouse_audit_append_each(p_change_id bigint, p_actions text[], p_details jsonb[])
RETURNS audit_log
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    remembered text := current_setting('gatehouse.audit_stripe', true);
    lane smallint;
    lane_text text;
    previous bytea;
    row_id bigint;
    row_at timestamptz;
    actor text := session_user;
    actor_text text := octet_length(session_user)::text || ':' || session_user || ';';
    change_text text := coalesce(p_change_id::text, '');
    detail jsonb;
    detail_text text;
    at_text text;
    written audit_log;
    i integer;
BEGIN
    IF coalesce(cardinality(p_actions), 0) = 0 THEN
        RAISE EXCEPTION 'an audit append needs at least one action' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF cardinality(p_details) IS DISTINCT FROM cardinality(p_actions) THEN
        RAISE EXCEPTION 'an audit append needs one detail per action (% actions, % details)',
            cardinality(p_actions), coalesce(cardinality(p_details), 0) USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF remembered ~ '^[0-9]{1,2}$' AND remembered::integer BETWEEN 1 AND 64 THEN
        lane := remembered::smallint;
    ELSE
        lane := 1 + (nextval('audit_stripe_turn') - 1)
                    % coalesce((SELECT stripes_in_use FROM audit_settings WHERE singleton), 1);
        PERFORM set_config('gatehouse.audit_stripe', lane::text, false);
    END IF;
    lane_text := octet_length(lane::text)::text || ':' || lane::text || ';';
    change_text := octet_length(change_text)::text || ':' || change_text || ';';
    SELECT last_hash INTO previous FROM audit_stripes WHERE stripe = lane FOR UPDATE;
    FOR i IN 1 .. cardinality(p_actions) LOOP
        -- Canonical content as gatehouse_audit_canonical(…, p_stripe) builds it.
        row_at := clock_timestamp();
        at_text := to_char(row_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"');
        detail := coalesce(p_details[i], '{}'::jsonb);
        detail_text := detail::text;
        row_id := nextval('audit_log_id_seq'::regclass);
        INSERT INTO audit_log (id, at, actor, action, change_id, detail, stripe, prev_hash, hash)
        VALUES (row_id, row_at, actor, p_actions[i], p_change_id, detail, lane, previous,
                digest(previous || convert_to(octet_length(row_id::text)::text || ':' || row_id::text || ';'
                                              || octet_length(at_text)::text || ':' || at_text || ';'
                                              || actor_text
                                              || octet_length(p_actions[i])::text || ':' || p_actions[i] || ';'
                                              || change_text
                                              || octet_length(detail_text)::text || ':' || detail_text || ';'
                                              || lane_text, 'UTF8'),
                       'sha256'))
        RETURNING * INTO written;
        previous := written.hash;
    END LOOP;
    UPDATE audit_stripes SET last_id = written.id, last_hash = written.hash WHERE stripe = lane;
    RETURN written;
END;
$$;

CREATE OR REPLACE FUNCTION gatehouse_audit_append(p_action text, p_change_id bigint, p_detail jsonb)
RETURNS audit_log
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    RETURN gatehouse_audit_append_each(p_change_id, ARRAY[p_action], ARRAY[p_detail]);
END;
$$;

ALTER TABLE audit_log DROP CONSTRAINT audit_log_change_id_fkey;

CREATE FUNCTION gatehouse_changes_are_kept() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'changes are kept for their audit record: % on change_requests is not allowed (close a change instead)',
        TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER change_requests_kept
    BEFORE DELETE ON change_requests
    FOR EACH ROW EXECUTE FUNCTION gatehouse_changes_are_kept();

CREATE TRIGGER change_requests_no_truncate
    BEFORE TRUNCATE ON change_requests
    FOR EACH STATEMENT EXECUTE FUNCTION gatehouse_changes_are_kept();

-- ---------------------------------------------------------------- change rows

-- What change_requests' CHECK constraints asked of single columns is asked by domains,
-- under the same constraint names (so refusals read as before). PostgreSQL evaluates
-- every CHECK constraint of a table on every update of a row, re-reading each from its
-- stored form for each statement, whichever columns the update sets; an approval's
-- update sets the state and no other checked column. A domain's check runs when a value
-- of its column is written, prepared once per session. The window's order spans two
-- columns and stays a CHECK constraint.
CREATE DOMAIN gatehouse_change_state AS text
    CONSTRAINT change_requests_known_state
    CHECK (VALUE IN ('draft', 'submitted', 'assessed', 'approved', 'rejected', 'scheduled', 'in-progress',
                     'completed', 'rolled-back', 'failed', 'closed'));
CREATE DOMAIN gatehouse_change_type AS text
    CONSTRAINT change_requests_known_type CHECK (VALUE IN ('standard', 'normal', 'emergency'));
CREATE DOMAIN gatehouse_risk_score AS integer
    CONSTRAINT change_requests_risk_range CHECK (VALUE BETWEEN 0 AND 100);
CREATE DOMAIN gatehouse_change_title AS text
    CONSTRAINT change_requests_title_not_empty CHECK (btrim(VALUE) <> '');
CREATE DOMAIN gatehouse_change_environment AS text
    CONSTRAINT change_requests_environment_not_empty CHECK (btrim(VALUE) <> '');
CREATE DOMAIN gatehouse_change_time_zone AS text
    CONSTRAINT change_requests_time_zone_not_empty CHECK (btrim(VALUE) <> '');

ALTER TABLE change_requests
    DROP CONSTRAINT change_requests_known_state,
    DROP CONSTRAINT change_requests_known_type,
    DROP CONSTRAINT change_requests_risk_range,
    DROP CONSTRAINT change_requests_title_not_empty,
    DROP CONSTRAINT change_requests_environment_not_empty,
    DROP CONSTRAINT change_requests_time_zone_not_empty,
    ALTER COLUMN state TYPE gatehouse_change_state,
    ALTER COLUMN change_type TYPE gatehouse_change_type,
    ALTER COLUMN risk_score TYPE gatehouse_risk_score,
    ALTER COLUMN title TYPE gatehouse_change_title,
    ALTER COLUMN environment TYPE gatehouse_change_environment,
    ALTER COLUMN window_time_zone TYPE gatehouse_change_time_zone;

-- ---------------------------------------------------------------- approvals

-- As in 0002, with the same checks, choices and refusals, but reading the change's
-- standing approvals once: whether this person already approved, and how many each role
-- has, come from one query, and whether the quorum is met is worked out from those
-- counts and this approval instead of counting again. That is exact because every
-- writer of approvals holds the change's row lock, as this function does from its first
-- statement. The approval and, when it completes the quorum, the change's approval are
-- appended to the audit log together.
CREATE OR REPLACE FUNCTION gatehouse_approve(p_id bigint, p_comment text DEFAULT '', p_role text DEFAULT NULL)
RETURNS change_requests
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    c change_requests;
    p record;
    required jsonb;
    roles text[];
    standing jsonb;
    mine boolean;
    met boolean := true;
    chosen text;
    r text;
    approval_id bigint;
    recorded jsonb;
BEGIN
    c := gatehouse_lock_change(p_id);
    PERFORM gatehouse_expect_state(c, ARRAY['assessed'], 'approved');
    SELECT * INTO p FROM gatehouse_policy_for(c.environment);
    IF coalesce((p.rules ->> 'separationOfDuties')::boolean, true) THEN
        IF session_user = c.requester THEN
            RAISE EXCEPTION 'separation of duties: % requested change % and cannot approve it', session_user, p_id
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF session_user = c.implementer THEN
            RAISE EXCEPTION 'separation of duties: % implements change % and cannot approve it', session_user, p_id
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    IF c.risk_score IS NOT NULL AND p.rules ? 'riskMaxScore'
       AND c.risk_score > (p.rules ->> 'riskMaxScore')::integer THEN
        RAISE EXCEPTION 'risk score % exceeds the maximum % of the % policy', c.risk_score,
            p.rules ->> 'riskMaxScore', p.tier USING ERRCODE = 'check_violation';
    END IF;
    required := gatehouse_required_approvals(c, p.rules);
    roles := ARRAY(SELECT key FROM jsonb_object_keys(required) AS key ORDER BY key);
    SELECT coalesce(jsonb_object_agg(s.role, s.n), '{}'::jsonb), coalesce(bool_or(s.mine), false)
      INTO standing, mine
      FROM (SELECT a.role, count(*) AS n, bool_or(a.approver = session_user) AS mine
              FROM approvals a
             WHERE a.change_id = p_id AND a.decision = 'approve' AND a.voided_at IS NULL
             GROUP BY a.role) AS s;
    IF mine THEN
        RAISE EXCEPTION 'separation of duties: % has already approved change % (one person fills one required role)',
            session_user, p_id USING ERRCODE = 'unique_violation';
    END IF;

    IF p_role IS NOT NULL THEN
        IF NOT required ? p_role THEN
            RAISE EXCEPTION 'the % policy does not ask for a % approval', p.tier, p_role USING ERRCODE = 'check_violation';
        END IF;
        chosen := gatehouse_require_role(ARRAY[p_role], 'approve as ' || p_role, p_id);
    ELSE
        -- The first required role this person holds that still lacks approvals.
        FOREACH r IN ARRAY roles LOOP
            IF coalesce((standing ->> r)::integer, 0) < (required ->> r)::integer AND gatehouse_holds_role(r) THEN
                chosen := r;
                EXIT;
            END IF;
        END LOOP;
        IF chosen IS NULL THEN
            FOREACH r IN ARRAY roles LOOP
                IF gatehouse_holds_role(r) THEN
                    chosen := r;
                    EXIT;
                END IF;
            END LOOP;
        END IF;
        IF chosen IS NULL THEN
            RAISE EXCEPTION 'permission denied: % holds none of the roles the % policy asks to approve (%)',
                session_user, p.tier, (SELECT string_agg(key, ', ') FROM jsonb_each_text(required))
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        -- Audits a break-glass use when that is how the role is held.
        chosen := gatehouse_require_role(ARRAY[chosen], 'approve as ' || chosen, p_id);
    END IF;

    INSERT INTO approvals (change_id, approver, role, decision, comment, policy_version, change_revision)
    VALUES (p_id, session_user, chosen, 'approve', coalesce(p_comment, ''), p.version, c.revision)
    RETURNING id INTO approval_id;

    -- As gatehouse_quorum_met would count now: the standing approvals and this one.
    FOREACH r IN ARRAY roles LOOP
        IF coalesce((standing ->> r)::integer, 0) + (CASE WHEN r = chosen THEN 1 ELSE 0 END)
           < (required ->> r)::integer THEN
            met := false;
            EXIT;
        END IF;
    END LOOP;
    IF met THEN
        UPDATE change_requests
           SET state = 'approved', approved_policy_version = p.version,
               review_required = (change_type = 'emergency')
         WHERE id = p_id RETURNING * INTO c;
    ELSE
        UPDATE change_requests SET updated_at = now() WHERE id = p_id RETURNING * INTO c;
    END IF;

    recorded := jsonb_build_object('approval', approval_id, 'role', chosen, 'comment', coalesce(p_comment, ''),
                                   'policy_version', p.version, 'revision', c.revision);
    IF c.state = 'approved' THEN
        PERFORM gatehouse_audit_append_each(p_id, ARRAY['approval.recorded', 'change.approved'],
                ARRAY[recorded,
                      jsonb_build_object('path', CASE WHEN c.change_type = 'emergency' THEN 'emergency' ELSE 'quorum' END,
                                         'policy_version', p.version, 'tier', p.tier, 'required', required)]);
    ELSE
        PERFORM gatehouse_audit_append_each(p_id, ARRAY['approval.recorded'], ARRAY[recorded]);
    END IF;
    RETURN c;
END;
$$;

-- Every function that writes approvals also updates the change's row in the same
-- transaction (approving, deciding against, voiding on a scope or window change), and
-- that update signals the change; the approvals table's own trigger only sent the same
-- signal again.
DROP TRIGGER approvals_notify ON approvals;

-- ---------------------------------------------------------------- privileges

REVOKE ALL ON FUNCTION gatehouse_audit_append_each(bigint, text[], jsonb[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION gatehouse_changes_are_kept() FROM PUBLIC;
