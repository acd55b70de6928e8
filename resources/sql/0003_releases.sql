-- Releases: approved changes moving along the promotion path, phase by phase (canary,
-- rest, bake time), with the rollback-criteria samples, restore points, the actions
-- taken and why, and the lease of the one executor that drives a release.
--
-- Same enforcement model as 0002: client roles read; every write goes through the
-- SECURITY DEFINER functions below, which check the role of the person logged in
-- (session_user), the executor's lease and the allowed transitions, and append every
-- step to the audit chain. Lock order: the release row first (FOR UPDATE), its lease,
-- then the audit chain head (inside gatehouse_audit_append).

-- ---------------------------------------------------------------- tables

CREATE TABLE releases (
    id          bigserial PRIMARY KEY,
    title       text NOT NULL CHECK (btrim(title) <> ''),
    state       text NOT NULL DEFAULT 'planned'
                CHECK (state IN ('planned', 'running', 'paused', 'completed', 'rolled-back', 'failed')),
    current_phase integer NOT NULL DEFAULT 0,
    stop_reason text NOT NULL DEFAULT '',
    created_by  text NOT NULL DEFAULT session_user,
    created_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    updated_at  timestamptz NOT NULL DEFAULT clock_timestamp()
);

CREATE TABLE release_changes (
    release_id bigint NOT NULL REFERENCES releases (id),
    change_id  bigint NOT NULL REFERENCES change_requests (id),
    position   integer NOT NULL,
    PRIMARY KEY (release_id, change_id)
);

CREATE TABLE release_phases (
    release_id      bigint NOT NULL REFERENCES releases (id),
    position        integer NOT NULL CHECK (position >= 0),
    environment     text NOT NULL CHECK (btrim(environment) <> ''),
    workload        text NOT NULL CHECK (btrim(workload) <> ''),
    container       text NOT NULL,
    image           text NOT NULL CHECK (btrim(image) <> ''),
    kind            text NOT NULL CHECK (kind IN ('canary', 'rest')),
    bake_seconds    bigint NOT NULL DEFAULT 0 CHECK (bake_seconds >= 0),
    migration       boolean NOT NULL DEFAULT false,
    state           text NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending', 'rolling', 'baking', 'completed', 'paused', 'rolled-back', 'failed')),
    started_at      timestamptz,
    bake_started_at timestamptz,
    finished_at     timestamptz,
    note            text NOT NULL DEFAULT '',
    PRIMARY KEY (release_id, position)
);

CREATE TABLE release_samples (
    id         bigserial PRIMARY KEY,
    release_id bigint NOT NULL REFERENCES releases (id),
    phase      integer NOT NULL,
    criterion  text NOT NULL,
    value      double precision,
    verdict    text NOT NULL CHECK (verdict IN ('pass', 'breach', 'inconclusive', 'pending')),
    at         timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX release_samples_release_idx ON release_samples (release_id, id);

CREATE TABLE release_restore_points (
    id          bigserial PRIMARY KEY,
    release_id  bigint NOT NULL REFERENCES releases (id),
    phase       integer NOT NULL,
    environment text NOT NULL,
    name        text NOT NULL,
    lsn         pg_lsn NOT NULL,
    created_at  timestamptz NOT NULL
);

CREATE TABLE release_actions (
    id         bigserial PRIMARY KEY,
    release_id bigint NOT NULL REFERENCES releases (id),
    phase      integer NOT NULL DEFAULT -1,
    action     text NOT NULL CHECK (btrim(action) <> ''),
    target     text NOT NULL DEFAULT '',
    reason     text NOT NULL DEFAULT '',
    by_user    text NOT NULL DEFAULT session_user,
    detail     jsonb NOT NULL DEFAULT '{}'::jsonb,
    at         timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX release_actions_release_idx ON release_actions (release_id, id);

-- The executor that drives a release: whoever holds an unexpired row. A holder renews it
-- (heartbeat) well within its time to live; another executor takes over only after it
-- expired, i.e. after the holder disappeared.
CREATE TABLE release_leases (
    release_id   bigint PRIMARY KEY REFERENCES releases (id),
    holder       text NOT NULL,
    holder_user  text NOT NULL,
    acquired_at  timestamptz NOT NULL,
    heartbeat_at timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL
);

-- ---------------------------------------------------------------- helpers

CREATE FUNCTION gatehouse_release_notify(p_release bigint) RETURNS void
LANGUAGE sql AS $$
    SELECT pg_notify('gatehouse_changes', 'release:' || p_release::text)
$$;

CREATE FUNCTION gatehouse_lock_release(p_release bigint) RETURNS releases
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    r releases;
BEGIN
    SELECT * INTO r FROM releases WHERE id = p_release FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'release % does not exist', p_release USING ERRCODE = 'no_data_found';
    END IF;
    RETURN r;
END;
$$;

-- Refuses unless `p_holder` holds the release's unexpired lease: a stale executor that
-- lost its lease can never write over the one that took over.
CREATE FUNCTION gatehouse_release_expect_lease(p_release bigint, p_holder text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM release_leases
                    WHERE release_id = p_release AND holder = p_holder AND holder_user = session_user
                      AND expires_at > clock_timestamp()) THEN
        RAISE EXCEPTION 'lease lost: executor % does not drive release %', p_holder, p_release
            USING ERRCODE = 'lock_not_available';
    END IF;
END;
$$;

CREATE FUNCTION gatehouse_release_state_allowed(p_from text, p_to text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT p_from = p_to
        OR (p_from = 'planned' AND p_to IN ('running', 'failed'))
        OR (p_from = 'running' AND p_to IN ('paused', 'completed', 'rolled-back', 'failed'))
        OR (p_from = 'paused' AND p_to IN ('running', 'rolled-back', 'failed'))
$$;

CREATE FUNCTION gatehouse_phase_state_allowed(p_from text, p_to text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT p_from = p_to
        OR (p_from = 'pending' AND p_to IN ('rolling', 'paused', 'failed'))
        OR (p_from = 'rolling' AND p_to IN ('baking', 'paused', 'rolled-back', 'failed'))
        OR (p_from = 'baking' AND p_to IN ('completed', 'paused', 'rolled-back', 'failed'))
        OR (p_from = 'paused' AND p_to IN ('pending', 'rolling', 'baking', 'rolled-back', 'failed'))
$$;

-- ---------------------------------------------------------------- entry points

-- A release of approved changes. p_phases: [{"environment","workload","container","image",
-- "kind","bakeSeconds","migration"}, …] in order.
CREATE FUNCTION gatehouse_create_release(p_title text, p_change_ids bigint[], p_phases jsonb)
RETURNS releases
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    r releases;
    c change_requests;
    p jsonb;
    i integer := 0;
BEGIN
    PERFORM gatehouse_require_role(ARRAY['release-manager'], 'create releases', NULL);
    IF coalesce(array_length(p_change_ids, 1), 0) = 0 THEN
        RAISE EXCEPTION 'a release needs at least one change' USING ERRCODE = 'check_violation';
    END IF;
    IF jsonb_typeof(p_phases) IS DISTINCT FROM 'array' OR jsonb_array_length(p_phases) = 0 THEN
        RAISE EXCEPTION 'a release needs at least one phase' USING ERRCODE = 'check_violation';
    END IF;
    INSERT INTO releases (title) VALUES (p_title) RETURNING * INTO r;
    FOR i IN 1 .. array_length(p_change_ids, 1) LOOP
        c := gatehouse_lock_change(p_change_ids[i]);
        PERFORM gatehouse_expect_state(c, ARRAY['approved', 'scheduled', 'in-progress'], 'released');
        INSERT INTO release_changes (release_id, change_id, position) VALUES (r.id, c.id, i - 1);
    END LOOP;
    i := 0;
    FOR p IN SELECT value FROM jsonb_array_elements(p_phases) LOOP
        INSERT INTO release_phases (release_id, position, environment, workload, container, image, kind,
                                    bake_seconds, migration)
        VALUES (r.id, i, p ->> 'environment', p ->> 'workload', coalesce(p ->> 'container', p ->> 'workload'),
                p ->> 'image', coalesce(p ->> 'kind', 'canary'), coalesce((p ->> 'bakeSeconds')::bigint, 0),
                coalesce((p ->> 'migration')::boolean, false));
        i := i + 1;
    END LOOP;
    PERFORM gatehouse_audit_append('release.created', p_change_ids[1],
            jsonb_build_object('release', r.id, 'title', p_title, 'changes', to_jsonb(p_change_ids),
                               'phases', p_phases));
    PERFORM gatehouse_release_notify(r.id);
    RETURN r;
END;
$$;

-- Acquires or renews the lease of `p_holder` for `p_ttl_seconds`. True when held
-- afterwards; false when another executor holds an unexpired lease.
CREATE FUNCTION gatehouse_release_lease(p_release bigint, p_holder text, p_ttl_seconds double precision)
RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    r releases;
    l release_leases;
    now_at timestamptz := clock_timestamp();
BEGIN
    r := gatehouse_lock_release(p_release);
    IF btrim(coalesce(p_holder, '')) = '' OR p_ttl_seconds <= 0 THEN
        RAISE EXCEPTION 'a lease needs a holder and a positive time to live' USING ERRCODE = 'check_violation';
    END IF;
    SELECT * INTO l FROM release_leases WHERE release_id = p_release FOR UPDATE;
    IF FOUND AND l.holder = p_holder AND l.holder_user = session_user AND l.expires_at > now_at THEN
        UPDATE release_leases SET heartbeat_at = now_at, expires_at = now_at + make_interval(secs => p_ttl_seconds)
         WHERE release_id = p_release;
        RETURN true;
    END IF;
    IF FOUND AND l.expires_at > now_at THEN
        RETURN false;
    END IF;
    PERFORM gatehouse_require_role(ARRAY['release-manager'], 'drive releases', NULL);
    INSERT INTO release_leases (release_id, holder, holder_user, acquired_at, heartbeat_at, expires_at)
    VALUES (p_release, p_holder, session_user, now_at, now_at, now_at + make_interval(secs => p_ttl_seconds))
    ON CONFLICT (release_id) DO UPDATE
       SET holder = EXCLUDED.holder, holder_user = EXCLUDED.holder_user, acquired_at = EXCLUDED.acquired_at,
           heartbeat_at = EXCLUDED.heartbeat_at, expires_at = EXCLUDED.expires_at;
    PERFORM gatehouse_audit_append(CASE WHEN l.holder IS NULL THEN 'release.lease-acquired'
                                        ELSE 'release.lease-taken-over' END,
            (SELECT change_id FROM release_changes WHERE release_id = p_release ORDER BY position LIMIT 1),
            jsonb_build_object('release', p_release, 'holder', p_holder, 'previous_holder', l.holder,
                               'previous_heartbeat', l.heartbeat_at));
    PERFORM gatehouse_release_notify(p_release);
    RETURN true;
END;
$$;

-- Gives the lease up (an executor that stops cleanly).
CREATE FUNCTION gatehouse_release_drop_lease(p_release bigint, p_holder text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    DELETE FROM release_leases WHERE release_id = p_release AND holder = p_holder AND holder_user = session_user;
    IF FOUND THEN
        PERFORM gatehouse_audit_append('release.lease-released',
                (SELECT change_id FROM release_changes WHERE release_id = p_release ORDER BY position LIMIT 1),
                jsonb_build_object('release', p_release, 'holder', p_holder));
        PERFORM gatehouse_release_notify(p_release);
    END IF;
END;
$$;

CREATE FUNCTION gatehouse_release_first_change(p_release bigint) RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT change_id FROM release_changes WHERE release_id = p_release ORDER BY position LIMIT 1
$$;

-- The executor moves the release (lease required).
CREATE FUNCTION gatehouse_release_set_state(p_release bigint, p_holder text, p_state text, p_reason text)
RETURNS releases
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    r releases;
BEGIN
    r := gatehouse_lock_release(p_release);
    PERFORM gatehouse_release_expect_lease(p_release, p_holder);
    IF NOT gatehouse_release_state_allowed(r.state, p_state) THEN
        RAISE EXCEPTION 'release % is %: it cannot become %', p_release, r.state, p_state
            USING ERRCODE = 'check_violation';
    END IF;
    IF r.state = p_state THEN
        RETURN r;
    END IF;
    UPDATE releases SET state = p_state, stop_reason = coalesce(p_reason, ''), updated_at = clock_timestamp()
     WHERE id = p_release RETURNING * INTO r;
    PERFORM gatehouse_audit_append('release.' || p_state, gatehouse_release_first_change(p_release),
            jsonb_build_object('release', p_release, 'reason', coalesce(p_reason, ''), 'executor', p_holder,
                               'phase', r.current_phase));
    PERFORM gatehouse_release_notify(p_release);
    RETURN r;
END;
$$;

-- The executor moves one phase (lease required); the release's current phase follows.
CREATE FUNCTION gatehouse_release_set_phase(p_release bigint, p_holder text, p_position integer, p_state text,
                                            p_note text)
RETURNS release_phases
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    r releases;
    p release_phases;
    now_at timestamptz := clock_timestamp();
BEGIN
    r := gatehouse_lock_release(p_release);
    PERFORM gatehouse_release_expect_lease(p_release, p_holder);
    SELECT * INTO p FROM release_phases WHERE release_id = p_release AND position = p_position FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'release % has no phase %', p_release, p_position USING ERRCODE = 'no_data_found';
    END IF;
    IF NOT gatehouse_phase_state_allowed(p.state, p_state) THEN
        RAISE EXCEPTION 'phase % of release % is %: it cannot become %', p_position, p_release, p.state, p_state
            USING ERRCODE = 'check_violation';
    END IF;
    IF p.state = p_state AND p.note = coalesce(p_note, '') THEN
        RETURN p;
    END IF;
    UPDATE release_phases
       SET state = p_state,
           note = coalesce(p_note, ''),
           started_at = CASE WHEN p_state = 'rolling' THEN coalesce(started_at, now_at) ELSE started_at END,
           bake_started_at = CASE WHEN p_state = 'baking' THEN coalesce(bake_started_at, now_at) ELSE bake_started_at END,
           finished_at = CASE WHEN p_state IN ('completed', 'rolled-back', 'failed') THEN now_at ELSE finished_at END
     WHERE release_id = p_release AND position = p_position RETURNING * INTO p;
    UPDATE releases
       SET current_phase = CASE WHEN p_state = 'completed' THEN p_position + 1 ELSE p_position END,
           updated_at = now_at
     WHERE id = p_release;
    PERFORM gatehouse_audit_append('release.phase-' || p_state, gatehouse_release_first_change(p_release),
            jsonb_build_object('release', p_release, 'phase', p_position, 'environment', p.environment,
                               'workload', p.workload, 'kind', p.kind, 'image', p.image,
                               'note', coalesce(p_note, ''), 'executor', p_holder));
    PERFORM gatehouse_release_notify(p_release);
    RETURN p;
END;
$$;

-- One evaluation of a rollback criterion (lease required). Breaches and inconclusive
-- evaluations are steps and go to the audit chain; passes are evidence only.
CREATE FUNCTION gatehouse_release_record_sample(p_release bigint, p_holder text, p_phase integer, p_criterion text,
                                                p_value double precision, p_verdict text)
RETURNS release_samples
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    written release_samples;
BEGIN
    PERFORM gatehouse_release_expect_lease(p_release, p_holder);
    INSERT INTO release_samples (release_id, phase, criterion, value, verdict)
    VALUES (p_release, p_phase, p_criterion, p_value, p_verdict) RETURNING * INTO written;
    IF p_verdict IN ('breach', 'inconclusive') THEN
        PERFORM gatehouse_audit_append('release.criterion-' || p_verdict, gatehouse_release_first_change(p_release),
                jsonb_build_object('release', p_release, 'phase', p_phase, 'criterion', p_criterion,
                                   'value', p_value, 'executor', p_holder));
    END IF;
    RETURN written;
END;
$$;

CREATE FUNCTION gatehouse_release_record_restore_point(p_release bigint, p_holder text, p_phase integer,
                                                       p_environment text, p_name text, p_lsn pg_lsn,
                                                       p_created_at timestamptz)
RETURNS release_restore_points
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    written release_restore_points;
BEGIN
    PERFORM gatehouse_lock_release(p_release);
    PERFORM gatehouse_release_expect_lease(p_release, p_holder);
    INSERT INTO release_restore_points (release_id, phase, environment, name, lsn, created_at)
    VALUES (p_release, p_phase, p_environment, p_name, p_lsn, p_created_at) RETURNING * INTO written;
    PERFORM gatehouse_audit_append('release.restore-point', gatehouse_release_first_change(p_release),
            jsonb_build_object('release', p_release, 'phase', p_phase, 'environment', p_environment,
                               'name', p_name, 'lsn', p_lsn::text, 'created_at', p_created_at));
    PERFORM gatehouse_release_notify(p_release);
    RETURN written;
END;
$$;

-- An action the executor took (lease required): set image, pause, resume, undo, silence, …
CREATE FUNCTION gatehouse_release_record_action(p_release bigint, p_holder text, p_phase integer, p_action text,
                                                p_target text, p_reason text, p_detail jsonb)
RETURNS release_actions
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    written release_actions;
BEGIN
    PERFORM gatehouse_lock_release(p_release);
    PERFORM gatehouse_release_expect_lease(p_release, p_holder);
    INSERT INTO release_actions (release_id, phase, action, target, reason, detail)
    VALUES (p_release, p_phase, p_action, coalesce(p_target, ''), coalesce(p_reason, ''),
            coalesce(p_detail, '{}'::jsonb) || jsonb_build_object('executor', p_holder))
    RETURNING * INTO written;
    PERFORM gatehouse_audit_append('release.action', gatehouse_release_first_change(p_release),
            jsonb_build_object('release', p_release, 'phase', p_phase, 'action', p_action, 'target', p_target,
                               'reason', coalesce(p_reason, ''), 'detail', written.detail));
    PERFORM gatehouse_release_notify(p_release);
    RETURN written;
END;
$$;

-- A person continues a paused release (release manager, with a reason). The paused phase
-- returns to where it stood; the executor picks it up.
CREATE FUNCTION gatehouse_release_continue(p_release bigint, p_reason text)
RETURNS releases
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    r releases;
BEGIN
    r := gatehouse_lock_release(p_release);
    PERFORM gatehouse_require_role(ARRAY['release-manager'], 'continue releases', gatehouse_release_first_change(p_release));
    IF btrim(coalesce(p_reason, '')) = '' THEN
        RAISE EXCEPTION 'continuing a paused release needs a reason' USING ERRCODE = 'check_violation';
    END IF;
    IF r.state <> 'paused' THEN
        RAISE EXCEPTION 'release % is %: only a paused release can be continued', p_release, r.state
            USING ERRCODE = 'check_violation';
    END IF;
    UPDATE release_phases
       SET state = CASE WHEN started_at IS NULL THEN 'pending'
                        WHEN bake_started_at IS NULL THEN 'rolling' ELSE 'baking' END,
           note = ''
     WHERE release_id = p_release AND state = 'paused';
    UPDATE releases SET state = 'running', stop_reason = '', updated_at = clock_timestamp()
     WHERE id = p_release RETURNING * INTO r;
    INSERT INTO release_actions (release_id, phase, action, reason) VALUES (p_release, r.current_phase, 'continue', p_reason);
    PERFORM gatehouse_audit_append('release.continued', gatehouse_release_first_change(p_release),
            jsonb_build_object('release', p_release, 'phase', r.current_phase, 'reason', p_reason));
    PERFORM gatehouse_release_notify(p_release);
    RETURN r;
END;
$$;

-- ---------------------------------------------------------------- privileges

REVOKE ALL ON releases, release_changes, release_phases, release_samples, release_restore_points,
              release_actions, release_leases FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC;

DO $$
DECLARE
    r text;
    t text;
BEGIN
    FOREACH r IN ARRAY ARRAY['gatehouse_requester', 'gatehouse_cab_member', 'gatehouse_business_owner',
                             'gatehouse_release_manager', 'gatehouse_support', 'gatehouse_admin'] LOOP
        FOREACH t IN ARRAY ARRAY['releases', 'release_changes', 'release_phases', 'release_samples',
                                 'release_restore_points', 'release_actions', 'release_leases'] LOOP
            EXECUTE format('GRANT SELECT ON %I TO %I', t, r);
        END LOOP;
    END LOOP;
END;
$$;

REVOKE EXECUTE ON FUNCTION
    gatehouse_release_notify(bigint),
    gatehouse_lock_release(bigint),
    gatehouse_release_expect_lease(bigint, text),
    gatehouse_release_first_change(bigint),
    gatehouse_release_state_allowed(text, text),
    gatehouse_phase_state_allowed(text, text)
FROM PUBLIC;

GRANT EXECUTE ON FUNCTION
    gatehouse_create_release(text, bigint[], jsonb),
    gatehouse_release_lease(bigint, text, double precision),
    gatehouse_release_drop_lease(bigint, text),
    gatehouse_release_set_state(bigint, text, text, text),
    gatehouse_release_set_phase(bigint, text, integer, text, text),
    gatehouse_release_record_sample(bigint, text, integer, text, double precision, text),
    gatehouse_release_record_restore_point(bigint, text, integer, text, text, pg_lsn, timestamptz),
    gatehouse_release_record_action(bigint, text, integer, text, text, text, jsonb),
    gatehouse_release_continue(bigint, text)
TO PUBLIC;
