-- Change advisory board: roles, lifecycle, policy, approvals, scope, break-glass access
-- and the hash-chained audit log. Applied in one transaction under an advisory lock.
--
-- Enforcement model: client roles can read, never write. Every state change goes
-- through the SECURITY DEFINER functions below, which check role membership of the
-- person logged in (session_user), allowed transitions, separation of duties and the
-- quorum of the applied policy, and append to the audit chain. Lock order inside every
-- function: the change row first (FOR UPDATE), the audit chain head last.

CREATE EXTENSION IF NOT EXISTS pgcrypto;

-- Group roles (cluster-wide; another database of the cluster may have created them).
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['gatehouse_requester', 'gatehouse_cab_member', 'gatehouse_business_owner',
                             'gatehouse_release_manager', 'gatehouse_support', 'gatehouse_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL; -- created concurrently by a migration of another database
            END;
        END IF;
    END LOOP;
END;
$$;

-- ---------------------------------------------------------------- tables

ALTER TABLE change_requests
    ADD COLUMN implementer text,
    ADD COLUMN risk_score integer,
    ADD COLUMN rollback_plan text NOT NULL DEFAULT '',
    ADD COLUMN approved_policy_version integer,
    ADD COLUMN review_required boolean NOT NULL DEFAULT false,
    ADD COLUMN review_due_at timestamptz,
    ADD COLUMN reviewed_at timestamptz,
    ADD COLUMN reviewed_by text,
    ADD COLUMN revision integer NOT NULL DEFAULT 1,
    ADD CONSTRAINT change_requests_risk_range CHECK (risk_score BETWEEN 0 AND 100);

CREATE INDEX change_requests_state_idx ON change_requests (state);

CREATE TABLE change_workloads (
    change_id bigint NOT NULL REFERENCES change_requests (id),
    position  integer NOT NULL,
    name      text NOT NULL CHECK (btrim(name) <> ''),
    image     text NOT NULL DEFAULT '',
    PRIMARY KEY (change_id, position)
);

CREATE TABLE change_modules (
    change_id bigint NOT NULL REFERENCES change_requests (id),
    position  integer NOT NULL,
    name      text NOT NULL CHECK (btrim(name) <> ''),
    version   text NOT NULL DEFAULT '',
    PRIMARY KEY (change_id, position)
);

CREATE TABLE change_migrations (
    change_id     bigint NOT NULL REFERENCES change_requests (id),
    position      integer NOT NULL,
    name          text NOT NULL CHECK (btrim(name) <> ''),
    pre_checks    text[] NOT NULL DEFAULT '{}',
    lock_impact   text NOT NULL DEFAULT '',
    rollback_plan text NOT NULL DEFAULT '',
    PRIMARY KEY (change_id, position)
);

CREATE TABLE change_infrastructure (
    change_id   bigint NOT NULL REFERENCES change_requests (id),
    position    integer NOT NULL,
    component   text NOT NULL CHECK (btrim(component) <> ''),
    description text NOT NULL DEFAULT '',
    PRIMARY KEY (change_id, position)
);

CREATE TABLE change_rollback_criteria (
    change_id        bigint NOT NULL REFERENCES change_requests (id),
    position         integer NOT NULL,
    name             text NOT NULL CHECK (btrim(name) <> ''),
    query            text NOT NULL CHECK (btrim(query) <> ''),
    comparison       text NOT NULL CHECK (comparison IN ('>', '>=', '<', '<=')),
    threshold        double precision NOT NULL,
    duration_seconds bigint NOT NULL DEFAULT 0 CHECK (duration_seconds >= 0),
    action           text NOT NULL CHECK (action IN ('pause', 'rollback')),
    PRIMARY KEY (change_id, position)
);

CREATE TABLE policy_versions (
    version    serial PRIMARY KEY,
    document   jsonb NOT NULL,
    sha256     text NOT NULL,
    applied_by text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT clock_timestamp()
);

CREATE TABLE approvals (
    id              bigserial PRIMARY KEY,
    change_id       bigint NOT NULL REFERENCES change_requests (id),
    approver        text NOT NULL,
    role            text NOT NULL,
    decision        text NOT NULL CHECK (decision IN ('approve', 'reject', 'request-changes')),
    comment         text NOT NULL DEFAULT '',
    policy_version  integer REFERENCES policy_versions (version),
    change_revision integer NOT NULL,
    at              timestamptz NOT NULL DEFAULT clock_timestamp(),
    voided_at       timestamptz,
    void_reason     text
);

-- One standing approval per person and change: a person fills at most one required role.
CREATE UNIQUE INDEX approvals_one_per_person ON approvals (change_id, approver)
    WHERE decision = 'approve' AND voided_at IS NULL;
CREATE INDEX approvals_change_idx ON approvals (change_id);

CREATE TABLE comments (
    id        bigserial PRIMARY KEY,
    change_id bigint NOT NULL REFERENCES change_requests (id),
    author    text NOT NULL,
    body      text NOT NULL CHECK (btrim(body) <> ''),
    at        timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX comments_change_idx ON comments (change_id);

CREATE TABLE freeze_overrides (
    id        bigserial PRIMARY KEY,
    change_id bigint NOT NULL REFERENCES change_requests (id),
    rule      text NOT NULL,
    role      text NOT NULL,
    reason    text NOT NULL,
    by_user   text NOT NULL,
    at        timestamptz NOT NULL DEFAULT clock_timestamp()
);

CREATE TABLE gate_overrides (
    id          bigserial PRIMARY KEY,
    change_id   bigint NOT NULL REFERENCES change_requests (id),
    environment text NOT NULL,
    gate        text NOT NULL,
    reason      text NOT NULL,
    by_user     text NOT NULL,
    at          timestamptz NOT NULL DEFAULT clock_timestamp()
);

CREATE TABLE break_glass_grants (
    id         bigserial PRIMARY KEY,
    grantee    text NOT NULL,
    role       text NOT NULL,
    reason     text NOT NULL,
    granted_by text NOT NULL,
    granted_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    expires_at timestamptz NOT NULL
);

-- ---------------------------------------------------------------- audit chain

ALTER TABLE audit_log
    ADD COLUMN prev_hash bytea,
    ADD COLUMN hash bytea;

-- Appends are serialised on this single row: whoever holds it appends next, so the
-- chain order is the id order and no two rows claim the same predecessor.
CREATE TABLE audit_chain_head (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    last_id   bigint,
    last_hash bytea NOT NULL DEFAULT ''::bytea
);
INSERT INTO audit_chain_head DEFAULT VALUES;

-- The canonical content of a row: each field as "<octets>:<text>;" so no separator in
-- a value can make two different rows read the same. Gatehouse recomputes it to verify.
CREATE FUNCTION gatehouse_audit_field(p text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT octet_length(coalesce(p, ''))::text || ':' || coalesce(p, '') || ';'
$$;

CREATE FUNCTION gatehouse_audit_time(p timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT to_char(p AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
$$;

CREATE FUNCTION gatehouse_audit_canonical(p_id bigint, p_at timestamptz, p_actor text, p_action text,
                                          p_change_id bigint, p_detail jsonb)
RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT gatehouse_audit_field(p_id::text) || gatehouse_audit_field(gatehouse_audit_time(p_at))
        || gatehouse_audit_field(p_actor) || gatehouse_audit_field(p_action)
        || gatehouse_audit_field(p_change_id::text) || gatehouse_audit_field(p_detail::text)
$$;

-- Rows written before the chain existed join it now, in id order.
ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;
DO $$
DECLARE
    r audit_log;
    previous bytea := ''::bytea;
    last bigint;
BEGIN
    FOR r IN SELECT * FROM audit_log ORDER BY id LOOP
        UPDATE audit_log
           SET prev_hash = previous,
               hash = digest(previous || convert_to(gatehouse_audit_canonical(r.id, r.at, r.actor, r.action,
                                                                              r.change_id, r.detail), 'UTF8'),
                             'sha256')
         WHERE id = r.id
        RETURNING hash INTO previous;
        last := r.id;
    END LOOP;
    UPDATE audit_chain_head SET last_id = last, last_hash = previous;
END;
$$;
ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;
ALTER TABLE audit_log ALTER COLUMN prev_hash SET NOT NULL, ALTER COLUMN hash SET NOT NULL;

CREATE FUNCTION gatehouse_audit_append(p_action text, p_change_id bigint, p_detail jsonb)
RETURNS audit_log
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    previous bytea;
    row_id bigint;
    row_at timestamptz := clock_timestamp();
    written audit_log;
BEGIN
    SELECT last_hash INTO previous FROM audit_chain_head WHERE singleton FOR UPDATE;
    row_id := nextval(pg_get_serial_sequence('audit_log', 'id'));
    INSERT INTO audit_log (id, at, actor, action, change_id, detail, prev_hash, hash)
    VALUES (row_id, row_at, session_user, p_action, p_change_id, coalesce(p_detail, '{}'::jsonb), previous,
            digest(previous || convert_to(gatehouse_audit_canonical(row_id, row_at, session_user, p_action,
                                                                    p_change_id, coalesce(p_detail, '{}'::jsonb)),
                                          'UTF8'), 'sha256'))
    RETURNING * INTO written;
    UPDATE audit_chain_head SET last_id = written.id, last_hash = written.hash WHERE singleton;
    RETURN written;
END;
$$;

-- ---------------------------------------------------------------- helpers

CREATE FUNCTION gatehouse_role_name(p_role text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT 'gatehouse_' || replace(p_role, '-', '_')
$$;

CREATE FUNCTION gatehouse_known_role(p_role text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT p_role IN ('requester', 'cab-member', 'business-owner', 'release-manager', 'support', 'admin')
$$;

-- Whether the person logged in holds `p_role` now: by membership, or by an unexpired
-- break-glass grant (without auditing; gatehouse_require_role audits the use).
CREATE FUNCTION gatehouse_holds_role(p_role text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT gatehouse_known_role(p_role)
       AND (pg_has_role(session_user, gatehouse_role_name(p_role), 'MEMBER')
            OR EXISTS (SELECT 1 FROM break_glass_grants
                        WHERE grantee = session_user AND role = p_role AND expires_at > clock_timestamp()))
$$;

-- Returns the first of `p_roles` the person holds; a role held only through break-glass
-- access is audited as a use of that grant. Refuses otherwise.
CREATE FUNCTION gatehouse_require_role(p_roles text[], p_what text, p_change_id bigint)
RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    r text;
    grant_id bigint;
    grant_expiry timestamptz;
BEGIN
    FOREACH r IN ARRAY p_roles LOOP
        IF pg_has_role(session_user, gatehouse_role_name(r), 'MEMBER') THEN
            RETURN r;
        END IF;
    END LOOP;
    FOREACH r IN ARRAY p_roles LOOP
        SELECT id, expires_at INTO grant_id, grant_expiry FROM break_glass_grants
         WHERE grantee = session_user AND role = r AND expires_at > clock_timestamp()
         ORDER BY expires_at DESC LIMIT 1;
        IF FOUND THEN
            PERFORM gatehouse_audit_append('break-glass.used', p_change_id,
                jsonb_build_object('grant', grant_id, 'role', r, 'for', p_what, 'expires_at', grant_expiry));
            RETURN r;
        END IF;
    END LOOP;
    RAISE EXCEPTION 'permission denied: only % may %', array_to_string(p_roles, ' or '), p_what
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE FUNCTION gatehouse_lock_change(p_id bigint) RETURNS change_requests
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    c change_requests;
BEGIN
    SELECT * INTO c FROM change_requests WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'change % does not exist', p_id USING ERRCODE = 'no_data_found';
    END IF;
    RETURN c;
END;
$$;

CREATE FUNCTION gatehouse_expect_state(c change_requests, p_states text[], p_what text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT (c.state = ANY (p_states)) THEN
        RAISE EXCEPTION 'change % is %: it cannot be %', c.id, c.state, p_what
            USING ERRCODE = 'check_violation';
    END IF;
END;
$$;

-- The latest applied policy and the tier section for `p_environment`.
CREATE FUNCTION gatehouse_policy_for(p_environment text, OUT version integer, OUT tier text, OUT rules jsonb)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    doc jsonb;
BEGIN
    SELECT p.version, p.document INTO version, doc FROM policy_versions p ORDER BY p.version DESC LIMIT 1;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no policy has been applied to the control store yet' USING ERRCODE = 'check_violation';
    END IF;
    tier := doc -> 'environments' ->> p_environment;
    IF tier IS NULL THEN
        RAISE EXCEPTION 'policy version % does not cover environment %', version, p_environment
            USING ERRCODE = 'check_violation';
    END IF;
    rules := doc -> 'tiers' -> tier;
    IF rules IS NULL THEN
        RAISE EXCEPTION 'policy version % has no rules for tier %', version, tier USING ERRCODE = 'check_violation';
    END IF;
END;
$$;

-- Required approvals {role: count} for a change under `rules`.
CREATE FUNCTION gatehouse_required_approvals(c change_requests, rules jsonb) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    list jsonb;
    item jsonb;
    result jsonb := '{}'::jsonb;
BEGIN
    IF c.change_type = 'emergency' THEN
        IF NOT coalesce((rules -> 'emergency' ->> 'allowed')::boolean, false) THEN
            RAISE EXCEPTION 'the policy for this tier has no emergency path' USING ERRCODE = 'check_violation';
        END IF;
        list := coalesce(rules -> 'emergency' -> 'approvals', '[]'::jsonb);
    ELSE
        list := coalesce(rules -> 'approvals', '[]'::jsonb);
    END IF;
    IF c.risk_score IS NOT NULL AND rules ? 'riskCabThreshold'
       AND c.risk_score > (rules ->> 'riskCabThreshold')::integer THEN
        list := list || coalesce(rules -> 'riskExtraApprovals', '[]'::jsonb);
    END IF;
    FOR item IN SELECT * FROM jsonb_array_elements(list) LOOP
        result := jsonb_set(result, ARRAY[item ->> 'role'],
                            to_jsonb(coalesce((result ->> (item ->> 'role'))::integer, 0)
                                     + coalesce((item ->> 'count')::integer, 1)));
    END LOOP;
    RETURN result;
END;
$$;

CREATE FUNCTION gatehouse_quorum_met(c change_requests, required jsonb) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT NOT EXISTS (
        SELECT 1 FROM jsonb_each_text(required) AS need(role, count)
         WHERE (SELECT count(*) FROM approvals a
                 WHERE a.change_id = c.id AND a.role = need.role AND a.decision = 'approve'
                   AND a.voided_at IS NULL) < need.count::integer)
$$;

-- Voids every standing approval and returns the change to assessed; the caller holds the row lock.
CREATE FUNCTION gatehouse_void_approvals(c change_requests, p_reason text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    voided integer;
BEGIN
    UPDATE approvals SET voided_at = clock_timestamp(), void_reason = p_reason
     WHERE change_id = c.id AND voided_at IS NULL;
    GET DIAGNOSTICS voided = ROW_COUNT;
    RETURN voided;
END;
$$;

CREATE FUNCTION gatehouse_separation_applies(c change_requests) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    p record;
BEGIN
    SELECT * INTO p FROM gatehouse_policy_for(c.environment);
    RETURN coalesce((p.rules ->> 'separationOfDuties')::boolean, true);
EXCEPTION WHEN check_violation THEN
    RETURN true;
END;
$$;

CREATE FUNCTION gatehouse_notify_change_child() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('gatehouse_changes', NEW.change_id::text);
    RETURN NULL;
END;
$$;

CREATE TRIGGER approvals_notify AFTER INSERT OR UPDATE ON approvals
    FOR EACH ROW EXECUTE FUNCTION gatehouse_notify_change_child();
CREATE TRIGGER comments_notify AFTER INSERT ON comments
    FOR EACH ROW EXECUTE FUNCTION gatehouse_notify_change_child();

-- ---------------------------------------------------------------- entry points

DROP FUNCTION gatehouse_create_change(text, text, text, text, text[], text[], timestamptz, timestamptz, text);

CREATE FUNCTION gatehouse_create_change(
    p_title            text,
    p_description      text,
    p_environment      text,
    p_change_type      text,
    p_integrations     text[],
    p_workloads        text[],
    p_window_start     timestamptz,
    p_window_end       timestamptz,
    p_window_time_zone text,
    p_implementer      text DEFAULT NULL)
RETURNS change_requests
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    created change_requests;
BEGIN
    PERFORM gatehouse_require_role(ARRAY['requester', 'release-manager'], 'create changes', NULL);
    INSERT INTO change_requests (title, description, requester, environment, change_type,
                                 integrations, workloads, window_start, window_end,
                                 window_time_zone, implementer)
    VALUES (p_title, p_description, session_user, p_environment, p_change_type,
            coalesce(p_integrations, '{}'), coalesce(p_workloads, '{}'),
            p_window_start, p_window_end, p_window_time_zone, nullif(btrim(p_implementer), ''))
    RETURNING * INTO created;

    PERFORM gatehouse_audit_append('change.created', created.id,
            jsonb_build_object('title', created.title,
                               'environment', created.environment,
                               'type', created.change_type,
                               'window_start', created.window_start,
                               'window_end', created.window_end,
                               'window_time_zone', created.window_time_zone,
                               'implementer', created.implementer));
    RETURN created;
END;
$$;

-- Replaces the scope (workloads and images, modules and versions, migrations,
-- infrastructure), the rollback plan and rollback criteria. After approval this voids
-- the approvals and returns the change to assessed.
CREATE FUNCTION gatehouse_set_scope(p_id bigint, p_scope jsonb, p_reason text)
RETURNS change_requests
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    c change_requests;
    voided integer := 0;
    was_approved boolean;
    app_parts integer;
    infra_parts integer;
BEGIN
    c := gatehouse_lock_change(p_id);
    PERFORM gatehouse_expect_state(c, ARRAY['draft', 'submitted', 'assessed', 'approved', 'scheduled'],
                                   'changed in scope');
    IF session_user <> c.requester THEN
        PERFORM gatehouse_require_role(ARRAY['release-manager'], 'change the scope of someone else''s change', p_id);
    END IF;
    app_parts := jsonb_array_length(coalesce(p_scope -> 'workloads', '[]'))
               + jsonb_array_length(coalesce(p_scope -> 'modules', '[]'))
               + jsonb_array_length(coalesce(p_scope -> 'migrations', '[]'));
    infra_parts := jsonb_array_length(coalesce(p_scope -> 'infrastructure', '[]'));
    IF app_parts > 0 AND infra_parts > 0 THEN
        RAISE EXCEPTION 'infrastructure changes are kept apart from application changes: file them as a separate change'
            USING ERRCODE = 'check_violation';
    END IF;

    DELETE FROM change_workloads WHERE change_id = p_id;
    DELETE FROM change_modules WHERE change_id = p_id;
    DELETE FROM change_migrations WHERE change_id = p_id;
    DELETE FROM change_infrastructure WHERE change_id = p_id;
    DELETE FROM change_rollback_criteria WHERE change_id = p_id;
    INSERT INTO change_workloads (change_id, position, name, image)
    SELECT p_id, ord, e ->> 'name', coalesce(e ->> 'image', '')
      FROM jsonb_array_elements(coalesce(p_scope -> 'workloads', '[]')) WITH ORDINALITY AS t(e, ord);
    INSERT INTO change_modules (change_id, position, name, version)
    SELECT p_id, ord, e ->> 'name', coalesce(e ->> 'version', '')
      FROM jsonb_array_elements(coalesce(p_scope -> 'modules', '[]')) WITH ORDINALITY AS t(e, ord);
    INSERT INTO change_migrations (change_id, position, name, pre_checks, lock_impact, rollback_plan)
    SELECT p_id, ord, e ->> 'name',
           ARRAY(SELECT jsonb_array_elements_text(coalesce(e -> 'preChecks', '[]'))),
           coalesce(e ->> 'lockImpact', ''), coalesce(e ->> 'rollbackPlan', '')
      FROM jsonb_array_elements(coalesce(p_scope -> 'migrations', '[]')) WITH ORDINALITY AS t(e, ord);
    INSERT INTO change_infrastructure (change_id, position, component, description)
    SELECT p_id, ord, e ->> 'component', coalesce(e ->> 'description', '')
      FROM jsonb_array_elements(coalesce(p_scope -> 'infrastructure', '[]')) WITH ORDINALITY AS t(e, ord);
    INSERT INTO change_rollback_criteria (change_id, position, name, query, comparison, threshold,
                                          duration_seconds, action)
    SELECT p_id, ord, e ->> 'name', e ->> 'query', e ->> 'comparison', (e ->> 'threshold')::double precision,
           coalesce((e ->> 'durationSeconds')::bigint, 0), e ->> 'action'
      FROM jsonb_array_elements(coalesce(p_scope -> 'rollbackCriteria', '[]')) WITH ORDINALITY AS t(e, ord);

    was_approved := c.state IN ('approved', 'scheduled');
    IF was_approved THEN
        voided := gatehouse_void_approvals(c, 'scope changed: ' || coalesce(p_reason, ''));
    END IF;
    UPDATE change_requests
       SET rollback_plan = coalesce(p_scope ->> 'rollbackPlan', ''),
           workloads = ARRAY(SELECT e ->> 'name'
                               FROM jsonb_array_elements(coalesce(p_scope -> 'workloads', '[]')) AS t(e)),
           integrations = CASE WHEN p_scope ? 'integrations'
                               THEN ARRAY(SELECT jsonb_array_elements_text(p_scope -> 'integrations'))
                               ELSE integrations END,
           revision = revision + 1,
           state = CASE WHEN state IN ('approved', 'scheduled') THEN 'assessed' ELSE state END,
           approved_policy_version = CASE WHEN state IN ('approved', 'scheduled') THEN NULL
                                          ELSE approved_policy_version END
     WHERE id = p_id
    RETURNING * INTO c;

    PERFORM gatehouse_audit_append('change.scope-changed', p_id,
            jsonb_build_object('reason', coalesce(p_reason, ''), 'revision', c.revision, 'scope', p_scope));
    IF was_approved THEN
        PERFORM gatehouse_audit_append('approvals.voided', p_id,
                jsonb_build_object('why', 'scope changed after approval', 'reason', coalesce(p_reason, ''),
                                   'voided', voided, 'state', c.state));
    END IF;
    RETURN c;
END;
$$;

-- Moves a change to a new window (reschedule). After approval this voids the approvals
-- and returns the change to assessed.
CREATE FUNCTION gatehouse_reschedule(p_id bigint, p_start timestamptz, p_end timestamptz, p_time_zone text,
                                     p_reason text)
RETURNS change_requests
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    c change_requests;
    was_approved boolean;
    voided integer := 0;
BEGIN
    c := gatehouse_lock_change(p_id);
    PERFORM gatehouse_expect_state(c, ARRAY['draft', 'submitted', 'assessed', 'approved', 'scheduled'],
                                   'rescheduled');
    IF session_user <> c.requester THEN
        PERFORM gatehouse_require_role(ARRAY['release-manager'], 'reschedule someone else''s change', p_id);
    END IF;
    IF btrim(coalesce(p_reason, '')) = '' THEN
        RAISE EXCEPTION 'a reschedule needs a reason' USING ERRCODE = 'check_violation';
    END IF;
    was_approved := c.state IN ('approved', 'scheduled');
    IF was_approved THEN
        voided := gatehouse_void_approvals(c, 'window changed: ' || p_reason);
    END IF;
    UPDATE change_requests
       SET window_start = p_start, window_end = p_end,
           window_time_zone = coalesce(nullif(btrim(p_time_zone), ''), window_time_zone),
           revision = revision + 1,
           state = CASE WHEN was_approved THEN 'assessed' ELSE state END,
           approved_policy_version = CASE WHEN was_approved THEN NULL ELSE approved_policy_version END
     WHERE id = p_id
    RETURNING * INTO c;
    PERFORM gatehouse_audit_append('change.rescheduled', p_id,
            jsonb_build_object('reason', p_reason, 'window_start', p_start, 'window_end', p_end,
                               'window_time_zone', c.window_time_zone, 'revision', c.revision));
    IF was_approved THEN
        PERFORM gatehouse_audit_append('approvals.voided', p_id,
                jsonb_build_object('why', 'window changed after approval', 'reason', p_reason,
                                   'voided', voided, 'state', c.state));
    END IF;
    RETURN c;
END;
$$;

CREATE FUNCTION gatehouse_submit(p_id bigint, p_comment text DEFAULT '')
RETURNS change_requests
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    c change_requests;
BEGIN
    c := gatehouse_lock_change(p_id);
    PERFORM gatehouse_expect_state(c, ARRAY['draft'], 'submitted');
    IF session_user <> c.requester THEN
        PERFORM gatehouse_require_role(ARRAY['release-manager'], 'submit someone else''s change', p_id);
    END IF;
    UPDATE change_requests SET state = 'submitted' WHERE id = p_id RETURNING * INTO c;
    PERFORM gatehouse_audit_append('change.submitted', p_id, jsonb_build_object('comment', coalesce(p_comment, '')));
    RETURN c;
END;
$$;

-- Records the assessment (risk score). A standard change whose risk stays within the
-- policy's CAB threshold is pre-approved by its template and goes straight to approved.
CREATE FUNCTION gatehouse_assess(p_id bigint, p_risk_score integer, p_comment text DEFAULT '')
RETURNS change_requests
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    c change_requests;
    p record;
    standard_ok boolean := false;
    policy_version integer;
BEGIN
    c := gatehouse_lock_change(p_id);
    PERFORM gatehouse_expect_state(c, ARRAY['submitted'], 'assessed');
    PERFORM gatehouse_require_role(ARRAY['cab-member', 'release-manager'], 'assess changes', p_id);
    IF c.change_type = 'standard' THEN
        SELECT * INTO p FROM gatehouse_policy_for(c.environment);
        policy_version := p.version;
        standard_ok := p_risk_score IS NULL OR NOT (p.rules ? 'riskCabThreshold')
                       OR p_risk_score <= (p.rules ->> 'riskCabThreshold')::integer;
    END IF;
    UPDATE change_requests
       SET state = CASE WHEN standard_ok THEN 'approved' ELSE 'assessed' END,
           risk_score = p_risk_score,
           approved_policy_version = CASE WHEN standard_ok THEN policy_version ELSE NULL END
     WHERE id = p_id RETURNING * INTO c;
    PERFORM gatehouse_audit_append('change.assessed', p_id,
            jsonb_build_object('risk_score', p_risk_score, 'comment', coalesce(p_comment, '')));
    IF standard_ok THEN
        PERFORM gatehouse_audit_append('change.approved', p_id,
                jsonb_build_object('path', 'standard', 'policy_version', policy_version));
    END IF;
    RETURN c;
END;
$$;

CREATE FUNCTION gatehouse_approve(p_id bigint, p_comment text DEFAULT '', p_role text DEFAULT NULL)
RETURNS change_requests
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    c change_requests;
    p record;
    required jsonb;
    chosen text;
    r text;
    have integer;
    approval_id bigint;
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
    IF EXISTS (SELECT 1 FROM approvals WHERE change_id = p_id AND approver = session_user
                                         AND decision = 'approve' AND voided_at IS NULL) THEN
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
        FOR r IN SELECT key FROM jsonb_each_text(required) ORDER BY key LOOP
            SELECT count(*) INTO have FROM approvals
             WHERE change_id = p_id AND role = r AND decision = 'approve' AND voided_at IS NULL;
            IF have < (required ->> r)::integer AND gatehouse_holds_role(r) THEN
                chosen := r;
                EXIT;
            END IF;
        END LOOP;
        IF chosen IS NULL THEN
            FOR r IN SELECT key FROM jsonb_each_text(required) ORDER BY key LOOP
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

    IF gatehouse_quorum_met(c, required) THEN
        UPDATE change_requests
           SET state = 'approved', approved_policy_version = p.version,
               review_required = (change_type = 'emergency')
         WHERE id = p_id RETURNING * INTO c;
    ELSE
        UPDATE change_requests SET updated_at = now() WHERE id = p_id RETURNING * INTO c;
    END IF;

    PERFORM gatehouse_audit_append('approval.recorded', p_id,
            jsonb_build_object('approval', approval_id, 'role', chosen, 'comment', coalesce(p_comment, ''),
                               'policy_version', p.version, 'revision', c.revision));
    IF c.state = 'approved' THEN
        PERFORM gatehouse_audit_append('change.approved', p_id,
                jsonb_build_object('path', CASE WHEN c.change_type = 'emergency' THEN 'emergency' ELSE 'quorum' END,
                                   'policy_version', p.version, 'tier', p.tier, 'required', required));
    END IF;
    RETURN c;
END;
$$;

CREATE FUNCTION gatehouse_decide_against(p_id bigint, p_comment text, p_decision text)
RETURNS change_requests
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    c change_requests;
    chosen text;
    voided integer;
BEGIN
    c := gatehouse_lock_change(p_id);
    IF p_decision = 'reject' THEN
        PERFORM gatehouse_expect_state(c, ARRAY['submitted', 'assessed'], 'rejected');
    ELSE
        PERFORM gatehouse_expect_state(c, ARRAY['submitted', 'assessed'], 'sent back for changes');
    END IF;
    IF btrim(coalesce(p_comment, '')) = '' THEN
        RAISE EXCEPTION 'say why in a comment' USING ERRCODE = 'check_violation';
    END IF;
    IF session_user = c.requester AND gatehouse_separation_applies(c) THEN
        RAISE EXCEPTION 'separation of duties: % requested change % and cannot decide on it', session_user, p_id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    chosen := gatehouse_require_role(ARRAY['cab-member', 'business-owner', 'release-manager'],
                                     'decide on changes', p_id);
    voided := gatehouse_void_approvals(c, p_decision || ': ' || p_comment);
    INSERT INTO approvals (change_id, approver, role, decision, comment, policy_version, change_revision)
    VALUES (p_id, session_user, chosen, p_decision, p_comment,
            (SELECT max(version) FROM policy_versions), c.revision);
    UPDATE change_requests
       SET state = CASE WHEN p_decision = 'reject' THEN 'rejected' ELSE 'draft' END,
           revision = CASE WHEN p_decision = 'reject' THEN revision ELSE revision + 1 END
     WHERE id = p_id RETURNING * INTO c;
    PERFORM gatehouse_audit_append(CASE WHEN p_decision = 'reject' THEN 'change.rejected'
                                        ELSE 'change.changes-requested' END, p_id,
            jsonb_build_object('role', chosen, 'comment', p_comment, 'voided', voided));
    RETURN c;
END;
$$;

CREATE FUNCTION gatehouse_reject(p_id bigint, p_comment text) RETURNS change_requests
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT * FROM gatehouse_decide_against(p_id, p_comment, 'reject')
$$;

CREATE FUNCTION gatehouse_request_changes(p_id bigint, p_comment text) RETURNS change_requests
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT * FROM gatehouse_decide_against(p_id, p_comment, 'request-changes')
$$;

CREATE FUNCTION gatehouse_schedule(p_id bigint, p_comment text DEFAULT '')
RETURNS change_requests
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    c change_requests;
BEGIN
    c := gatehouse_lock_change(p_id);
    PERFORM gatehouse_expect_state(c, ARRAY['approved'], 'scheduled');
    PERFORM gatehouse_require_role(ARRAY['release-manager'], 'schedule changes', p_id);
    UPDATE change_requests SET state = 'scheduled' WHERE id = p_id RETURNING * INTO c;
    PERFORM gatehouse_audit_append('change.scheduled', p_id,
            jsonb_build_object('window_start', c.window_start, 'window_end', c.window_end,
                               'comment', coalesce(p_comment, '')));
    RETURN c;
END;
$$;

CREATE FUNCTION gatehouse_start(p_id bigint, p_comment text DEFAULT '')
RETURNS change_requests
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    c change_requests;
BEGIN
    c := gatehouse_lock_change(p_id);
    PERFORM gatehouse_expect_state(c, ARRAY['scheduled'], 'started');
    IF c.implementer IS DISTINCT FROM session_user THEN
        PERFORM gatehouse_require_role(ARRAY['release-manager'], 'start changes', p_id);
    END IF;
    IF EXISTS (SELECT 1 FROM approvals WHERE change_id = p_id AND approver = session_user
                                         AND decision = 'approve' AND voided_at IS NULL)
       AND gatehouse_separation_applies(c) THEN
        RAISE EXCEPTION 'separation of duties: % approved change % and cannot implement it', session_user, p_id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE change_requests SET state = 'in-progress', implementer = coalesce(implementer, session_user)
     WHERE id = p_id RETURNING * INTO c;
    PERFORM gatehouse_audit_append('change.started', p_id,
            jsonb_build_object('implementer', c.implementer, 'comment', coalesce(p_comment, '')));
    RETURN c;
END;
$$;

CREATE FUNCTION gatehouse_finish(p_id bigint, p_outcome text, p_comment text DEFAULT '')
RETURNS change_requests
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    c change_requests;
    review_within interval;
BEGIN
    c := gatehouse_lock_change(p_id);
    IF p_outcome NOT IN ('completed', 'rolled-back', 'failed') THEN
        RAISE EXCEPTION 'unknown outcome %', p_outcome USING ERRCODE = 'check_violation';
    END IF;
    PERFORM gatehouse_expect_state(c, ARRAY['in-progress'], 'marked ' || p_outcome);
    IF c.implementer IS DISTINCT FROM session_user THEN
        PERFORM gatehouse_require_role(ARRAY['release-manager'], 'finish changes', p_id);
    END IF;
    IF c.change_type = 'emergency' THEN
        BEGIN
            review_within := make_interval(secs => coalesce(
                ((SELECT rules FROM gatehouse_policy_for(c.environment)) -> 'emergency'
                    ->> 'postImplementationReviewSeconds')::double precision, 172800));
        EXCEPTION WHEN check_violation THEN
            review_within := interval '2 days';
        END;
    END IF;
    UPDATE change_requests
       SET state = p_outcome,
           review_required = review_required OR change_type = 'emergency',
           review_due_at = CASE WHEN change_type = 'emergency' THEN now() + review_within ELSE review_due_at END
     WHERE id = p_id RETURNING * INTO c;
    PERFORM gatehouse_audit_append('change.' || p_outcome, p_id,
            jsonb_build_object('comment', coalesce(p_comment, ''), 'review_due_at', c.review_due_at));
    RETURN c;
END;
$$;

-- The post-implementation review of an emergency change, by the CAB.
CREATE FUNCTION gatehouse_review(p_id bigint, p_comment text)
RETURNS change_requests
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    c change_requests;
BEGIN
    c := gatehouse_lock_change(p_id);
    IF NOT c.review_required THEN
        RAISE EXCEPTION 'change % needs no post-implementation review', p_id USING ERRCODE = 'check_violation';
    END IF;
    PERFORM gatehouse_expect_state(c, ARRAY['completed', 'rolled-back', 'failed'], 'reviewed');
    IF c.reviewed_at IS NOT NULL THEN
        RAISE EXCEPTION 'change % was already reviewed', p_id USING ERRCODE = 'check_violation';
    END IF;
    IF btrim(coalesce(p_comment, '')) = '' THEN
        RAISE EXCEPTION 'a review needs its findings in a comment' USING ERRCODE = 'check_violation';
    END IF;
    IF session_user IN (c.requester, coalesce(c.implementer, '')) THEN
        RAISE EXCEPTION 'separation of duties: % cannot review a change they requested or implemented', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM gatehouse_require_role(ARRAY['cab-member'], 'review emergency changes', p_id);
    UPDATE change_requests SET reviewed_at = now(), reviewed_by = session_user WHERE id = p_id RETURNING * INTO c;
    PERFORM gatehouse_audit_append('change.reviewed', p_id,
            jsonb_build_object('comment', p_comment, 'due', c.review_due_at, 'late', now() > c.review_due_at));
    RETURN c;
END;
$$;

CREATE FUNCTION gatehouse_close(p_id bigint, p_comment text DEFAULT '')
RETURNS change_requests
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    c change_requests;
BEGIN
    c := gatehouse_lock_change(p_id);
    PERFORM gatehouse_expect_state(c, ARRAY['completed', 'rolled-back', 'failed', 'rejected'], 'closed');
    PERFORM gatehouse_require_role(ARRAY['release-manager'], 'close changes', p_id);
    IF c.review_required AND c.reviewed_at IS NULL THEN
        RAISE EXCEPTION 'emergency change % cannot be closed before the CAB''s post-implementation review', p_id
            USING ERRCODE = 'check_violation';
    END IF;
    UPDATE change_requests SET state = 'closed' WHERE id = p_id RETURNING * INTO c;
    PERFORM gatehouse_audit_append('change.closed', p_id, jsonb_build_object('comment', coalesce(p_comment, '')));
    RETURN c;
END;
$$;

CREATE FUNCTION gatehouse_comment(p_id bigint, p_body text) RETURNS comments
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    written comments;
BEGIN
    PERFORM gatehouse_lock_change(p_id);
    PERFORM gatehouse_require_role(ARRAY['requester', 'cab-member', 'business-owner', 'release-manager',
                                         'support', 'admin'], 'comment on changes', p_id);
    INSERT INTO comments (change_id, author, body) VALUES (p_id, session_user, p_body) RETURNING * INTO written;
    PERFORM gatehouse_audit_append('change.commented', p_id, jsonb_build_object('comment', written.id, 'body', p_body));
    RETURN written;
END;
$$;

-- A freeze override: the calendar names the rule and the role allowed to override it.
CREATE FUNCTION gatehouse_override_freeze(p_id bigint, p_rule text, p_role text, p_reason text)
RETURNS freeze_overrides
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    written freeze_overrides;
BEGIN
    PERFORM gatehouse_lock_change(p_id);
    IF NOT gatehouse_known_role(coalesce(p_role, '')) THEN
        RAISE EXCEPTION 'unknown role %', p_role USING ERRCODE = 'check_violation';
    END IF;
    IF btrim(coalesce(p_reason, '')) = '' OR btrim(coalesce(p_rule, '')) = '' THEN
        RAISE EXCEPTION 'a freeze override needs the rule and a reason' USING ERRCODE = 'check_violation';
    END IF;
    PERFORM gatehouse_require_role(ARRAY[p_role], 'override the freeze ' || p_rule, p_id);
    INSERT INTO freeze_overrides (change_id, rule, role, reason, by_user)
    VALUES (p_id, p_rule, p_role, p_reason, session_user) RETURNING * INTO written;
    PERFORM gatehouse_audit_append('freeze.overridden', p_id,
            jsonb_build_object('rule', p_rule, 'role', p_role, 'reason', p_reason));
    RETURN written;
END;
$$;

-- An authorised override of a gate that failed or could not be evaluated.
CREATE FUNCTION gatehouse_override_gate(p_id bigint, p_environment text, p_gate text, p_reason text)
RETURNS gate_overrides
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    c change_requests;
    written gate_overrides;
BEGIN
    c := gatehouse_lock_change(p_id);
    IF btrim(coalesce(p_reason, '')) = '' OR btrim(coalesce(p_gate, '')) = '' THEN
        RAISE EXCEPTION 'a gate override needs the gate and a reason' USING ERRCODE = 'check_violation';
    END IF;
    IF session_user = c.requester AND gatehouse_separation_applies(c) THEN
        RAISE EXCEPTION 'separation of duties: % cannot override gates of their own change', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM gatehouse_require_role(ARRAY['release-manager'], 'override gates', p_id);
    INSERT INTO gate_overrides (change_id, environment, gate, reason, by_user)
    VALUES (p_id, p_environment, p_gate, p_reason, session_user) RETURNING * INTO written;
    PERFORM gatehouse_audit_append('gate.overridden', p_id,
            jsonb_build_object('environment', p_environment, 'gate', p_gate, 'reason', p_reason));
    RETURN written;
END;
$$;

-- Stores a new policy version from the estate's Policy documents:
-- {"tiers": {"production": {"approvals": [{"role": "cab-member", "count": 2}, …],
--   "separationOfDuties": true, "emergency": {"allowed": true, "approvals": […],
--   "postImplementationReviewSeconds": 172800}, "riskCabThreshold": 30, "riskMaxScore": 80,
--   "riskExtraApprovals": […]}, …}, "environments": {"production-eu": "production", …}}
CREATE FUNCTION gatehouse_apply_policy(p_document jsonb) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    tier_rules record;
    item jsonb;
    latest policy_versions;
    written integer;
BEGIN
    PERFORM gatehouse_require_role(ARRAY['admin'], 'apply policies', NULL);
    IF jsonb_typeof(p_document -> 'tiers') IS DISTINCT FROM 'object'
       OR jsonb_typeof(p_document -> 'environments') IS DISTINCT FROM 'object' THEN
        RAISE EXCEPTION 'a policy document needs "tiers" and "environments" objects' USING ERRCODE = 'check_violation';
    END IF;
    FOR tier_rules IN SELECT * FROM jsonb_each(p_document -> 'tiers') LOOP
        FOR item IN SELECT * FROM jsonb_array_elements(coalesce(tier_rules.value -> 'approvals', '[]')
                                                       || coalesce(tier_rules.value -> 'emergency' -> 'approvals', '[]')
                                                       || coalesce(tier_rules.value -> 'riskExtraApprovals', '[]')) LOOP
            IF NOT gatehouse_known_role(coalesce(item ->> 'role', '')) OR coalesce((item ->> 'count')::integer, 1) < 1 THEN
                RAISE EXCEPTION 'policy for tier %: approval % is not a known role with a count of at least 1',
                    tier_rules.key, item USING ERRCODE = 'check_violation';
            END IF;
        END LOOP;
    END LOOP;
    SELECT * INTO latest FROM policy_versions ORDER BY version DESC LIMIT 1;
    IF FOUND AND latest.document = p_document THEN
        RETURN latest.version; -- unchanged: no new version
    END IF;
    INSERT INTO policy_versions (document, sha256, applied_by)
    VALUES (p_document, encode(digest(p_document::text, 'sha256'), 'hex'), session_user)
    RETURNING version INTO written;
    PERFORM gatehouse_audit_append('policy.applied', NULL,
            jsonb_build_object('version', written, 'sha256', encode(digest(p_document::text, 'sha256'), 'hex')));
    RETURN written;
END;
$$;

-- Time-bound elevated access: `p_grantee` holds `p_role` until `p_expires_at`.
CREATE FUNCTION gatehouse_grant_break_glass(p_grantee text, p_role text, p_reason text, p_expires_at timestamptz)
RETURNS break_glass_grants
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    written break_glass_grants;
BEGIN
    PERFORM gatehouse_require_role(ARRAY['admin'], 'grant break-glass access', NULL);
    IF NOT gatehouse_known_role(coalesce(p_role, '')) OR p_role = 'admin' THEN
        RAISE EXCEPTION 'break-glass access cannot grant role %', p_role USING ERRCODE = 'check_violation';
    END IF;
    IF btrim(coalesce(p_reason, '')) = '' THEN
        RAISE EXCEPTION 'break-glass access needs a reason' USING ERRCODE = 'check_violation';
    END IF;
    IF p_expires_at <= clock_timestamp() OR p_expires_at > clock_timestamp() + interval '24 hours' THEN
        RAISE EXCEPTION 'break-glass access must expire within the next 24 hours' USING ERRCODE = 'check_violation';
    END IF;
    IF p_grantee = session_user THEN
        RAISE EXCEPTION 'separation of duties: an administrator cannot grant break-glass access to themselves'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_grantee AND rolcanlogin) THEN
        RAISE EXCEPTION 'no login role %', p_grantee USING ERRCODE = 'check_violation';
    END IF;
    INSERT INTO break_glass_grants (grantee, role, reason, granted_by, expires_at)
    VALUES (p_grantee, p_role, p_reason, session_user, p_expires_at) RETURNING * INTO written;
    PERFORM gatehouse_audit_append('break-glass.granted', NULL,
            jsonb_build_object('grant', written.id, 'grantee', p_grantee, 'role', p_role, 'reason', p_reason,
                               'expires_at', p_expires_at));
    RETURN written;
END;
$$;

-- The Gatehouse roles the person logged in holds now (break-glass ones included).
CREATE FUNCTION gatehouse_my_roles(OUT role text, OUT via_break_glass boolean, OUT expires_at timestamptz)
RETURNS SETOF record
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT r, false, NULL::timestamptz
      FROM unnest(ARRAY['requester', 'cab-member', 'business-owner', 'release-manager', 'support', 'admin']) AS r
     WHERE pg_has_role(session_user, gatehouse_role_name(r), 'MEMBER')
    UNION ALL
    SELECT g.role, true, max(g.expires_at)
      FROM break_glass_grants g
     WHERE g.grantee = session_user AND g.expires_at > clock_timestamp()
       AND NOT pg_has_role(session_user, gatehouse_role_name(g.role), 'MEMBER')
     GROUP BY g.role
$$;

-- ---------------------------------------------------------------- privileges

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;

DO $$
DECLARE
    r text;
    t text;
BEGIN
    FOREACH r IN ARRAY ARRAY['gatehouse_requester', 'gatehouse_cab_member', 'gatehouse_business_owner',
                             'gatehouse_release_manager', 'gatehouse_support', 'gatehouse_admin'] LOOP
        EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %I', r);
        FOREACH t IN ARRAY ARRAY['schema_migrations', 'change_requests', 'change_workloads', 'change_modules',
                                 'change_migrations', 'change_infrastructure', 'change_rollback_criteria',
                                 'policy_versions', 'approvals', 'comments', 'freeze_overrides', 'gate_overrides',
                                 'break_glass_grants', 'audit_log', 'audit_chain_head'] LOOP
            EXECUTE format('GRANT SELECT ON %I TO %I', t, r);
        END LOOP;
    END LOOP;
END;
$$;

-- The entry points check who calls them; everyone may call them.
GRANT EXECUTE ON FUNCTION
    gatehouse_create_change(text, text, text, text, text[], text[], timestamptz, timestamptz, text, text),
    gatehouse_set_scope(bigint, jsonb, text),
    gatehouse_reschedule(bigint, timestamptz, timestamptz, text, text),
    gatehouse_submit(bigint, text),
    gatehouse_assess(bigint, integer, text),
    gatehouse_approve(bigint, text, text),
    gatehouse_reject(bigint, text),
    gatehouse_request_changes(bigint, text),
    gatehouse_schedule(bigint, text),
    gatehouse_start(bigint, text),
    gatehouse_finish(bigint, text, text),
    gatehouse_review(bigint, text),
    gatehouse_close(bigint, text),
    gatehouse_comment(bigint, text),
    gatehouse_override_freeze(bigint, text, text, text),
    gatehouse_override_gate(bigint, text, text, text),
    gatehouse_apply_policy(jsonb),
    gatehouse_grant_break_glass(text, text, text, timestamptz),
    gatehouse_my_roles(),
    gatehouse_audit_field(text),
    gatehouse_audit_time(timestamptz),
    gatehouse_audit_canonical(bigint, timestamptz, text, text, bigint, jsonb)
TO PUBLIC;
