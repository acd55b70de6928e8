-- People steering a running release: "Roll back now" (release manager or support),
-- "Pause" (release manager or support) and "Continue" (release manager, 0003). A
-- person's decision is stored as a request the executor carries out on its next
-- evaluation (it performs the Kubernetes actions, which need its connections); the
-- database checks the role, the reason and the release's state, records the request in
-- the release's actions and appends it to the audit chain, as every other step.
--
-- A pause takes effect in the database at once (release and current phase paused), so
-- no executor can move the release on after it; the executor then pauses the Deployment.
-- A rollback request is carried out by the executor: it undoes every workload the
-- release changed in the current environment and marks those phases rolled back.

CREATE TABLE release_requests (
    id          bigserial PRIMARY KEY,
    release_id  bigint NOT NULL REFERENCES releases (id),
    kind        text NOT NULL CHECK (kind IN ('rollback', 'pause')),
    environment text NOT NULL,
    phase       integer NOT NULL,
    reason      text NOT NULL CHECK (btrim(reason) <> ''),
    by_user     text NOT NULL DEFAULT session_user,
    at          timestamptz NOT NULL DEFAULT clock_timestamp(),
    handled_at  timestamptz,
    handled_by  text,
    outcome     text NOT NULL DEFAULT ''
);
CREATE INDEX release_requests_release_idx ON release_requests (release_id, id);

-- The environment the release stands in now: that of its current phase (the last one
-- once every phase is done).
CREATE FUNCTION gatehouse_release_current_environment(r releases) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT environment FROM release_phases
     WHERE release_id = r.id AND position <= r.current_phase
     ORDER BY position DESC LIMIT 1
$$;

-- A person asks for the current environment to be rolled back now.
CREATE FUNCTION gatehouse_release_request_rollback(p_release bigint, p_reason text)
RETURNS release_requests
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    r releases;
    written release_requests;
    env text;
BEGIN
    r := gatehouse_lock_release(p_release);
    PERFORM gatehouse_require_role(ARRAY['release-manager', 'support'], 'roll releases back',
                                   gatehouse_release_first_change(p_release));
    IF btrim(coalesce(p_reason, '')) = '' THEN
        RAISE EXCEPTION 'rolling a release back needs a reason' USING ERRCODE = 'check_violation';
    END IF;
    IF r.state NOT IN ('running', 'paused') THEN
        RAISE EXCEPTION 'release % is %: only a running or paused release can be rolled back', p_release, r.state
            USING ERRCODE = 'check_violation';
    END IF;
    IF EXISTS (SELECT 1 FROM release_requests
                WHERE release_id = p_release AND kind = 'rollback' AND handled_at IS NULL) THEN
        RAISE EXCEPTION 'a rollback of release % is already requested', p_release USING ERRCODE = 'check_violation';
    END IF;
    env := gatehouse_release_current_environment(r);
    INSERT INTO release_requests (release_id, kind, environment, phase, reason)
    VALUES (p_release, 'rollback', env, r.current_phase, p_reason) RETURNING * INTO written;
    INSERT INTO release_actions (release_id, phase, action, target, reason, detail)
    VALUES (p_release, r.current_phase, 'rollback-requested', env, p_reason,
            jsonb_build_object('request', written.id));
    PERFORM gatehouse_audit_append('release.rollback-requested', gatehouse_release_first_change(p_release),
            jsonb_build_object('release', p_release, 'request', written.id, 'environment', env,
                               'phase', r.current_phase, 'reason', p_reason));
    PERFORM gatehouse_release_notify(p_release);
    RETURN written;
END;
$$;

-- A person pauses a running release. The release and its current phase are paused at
-- once; the executor pauses the Deployment.
CREATE FUNCTION gatehouse_release_pause(p_release bigint, p_reason text)
RETURNS release_requests
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    r releases;
    written release_requests;
    env text;
    why text;
BEGIN
    r := gatehouse_lock_release(p_release);
    PERFORM gatehouse_require_role(ARRAY['release-manager', 'support'], 'pause releases',
                                   gatehouse_release_first_change(p_release));
    IF btrim(coalesce(p_reason, '')) = '' THEN
        RAISE EXCEPTION 'pausing a release needs a reason' USING ERRCODE = 'check_violation';
    END IF;
    IF r.state <> 'running' THEN
        RAISE EXCEPTION 'release % is %: only a running release can be paused', p_release, r.state
            USING ERRCODE = 'check_violation';
    END IF;
    env := gatehouse_release_current_environment(r);
    why := 'Paused by ' || session_user || ': ' || p_reason;
    UPDATE release_phases SET state = 'paused', note = why
     WHERE release_id = p_release AND position = r.current_phase AND state IN ('pending', 'rolling', 'baking');
    UPDATE releases SET state = 'paused', stop_reason = why, updated_at = clock_timestamp() WHERE id = p_release;
    INSERT INTO release_requests (release_id, kind, environment, phase, reason)
    VALUES (p_release, 'pause', env, r.current_phase, p_reason) RETURNING * INTO written;
    INSERT INTO release_actions (release_id, phase, action, target, reason, detail)
    VALUES (p_release, r.current_phase, 'pause-requested', env, p_reason, jsonb_build_object('request', written.id));
    PERFORM gatehouse_audit_append('release.paused-by-person', gatehouse_release_first_change(p_release),
            jsonb_build_object('release', p_release, 'request', written.id, 'environment', env,
                               'phase', r.current_phase, 'reason', p_reason));
    PERFORM gatehouse_release_notify(p_release);
    RETURN written;
END;
$$;

-- The executor reports a request carried out (lease required).
CREATE FUNCTION gatehouse_release_request_handled(p_release bigint, p_holder text, p_request bigint, p_outcome text)
RETURNS release_requests
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    written release_requests;
BEGIN
    PERFORM gatehouse_lock_release(p_release);
    PERFORM gatehouse_release_expect_lease(p_release, p_holder);
    UPDATE release_requests
       SET handled_at = clock_timestamp(), handled_by = p_holder, outcome = coalesce(p_outcome, '')
     WHERE id = p_request AND release_id = p_release AND handled_at IS NULL
    RETURNING * INTO written;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'release % has no open request %', p_release, p_request USING ERRCODE = 'no_data_found';
    END IF;
    PERFORM gatehouse_audit_append('release.request-handled', gatehouse_release_first_change(p_release),
            jsonb_build_object('release', p_release, 'request', p_request, 'kind', written.kind,
                               'outcome', coalesce(p_outcome, ''), 'executor', p_holder));
    PERFORM gatehouse_release_notify(p_release);
    RETURN written;
END;
$$;

-- The executor marks phases of one environment rolled back after undoing their workloads
-- (lease required). Unlike gatehouse_release_set_phase this includes completed phases
-- (earlier workloads of the environment) and leaves the current phase where it is.
CREATE FUNCTION gatehouse_release_roll_back_phases(p_release bigint, p_holder text, p_positions integer[],
                                                   p_note text)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    changed integer;
BEGIN
    PERFORM gatehouse_lock_release(p_release);
    PERFORM gatehouse_release_expect_lease(p_release, p_holder);
    UPDATE release_phases
       SET state = 'rolled-back', note = coalesce(p_note, ''), finished_at = clock_timestamp()
     WHERE release_id = p_release AND position = ANY (p_positions)
       AND state IN ('rolling', 'baking', 'paused', 'completed');
    GET DIAGNOSTICS changed = ROW_COUNT;
    UPDATE releases SET updated_at = clock_timestamp() WHERE id = p_release;
    PERFORM gatehouse_audit_append('release.phases-rolled-back', gatehouse_release_first_change(p_release),
            jsonb_build_object('release', p_release, 'phases', to_jsonb(p_positions), 'note', coalesce(p_note, ''),
                               'executor', p_holder));
    PERFORM gatehouse_release_notify(p_release);
    RETURN changed;
END;
$$;

-- 0003's phase step, refusing to move a paused release on: a person's pause wins over
-- an executor step already under way.
CREATE OR REPLACE FUNCTION gatehouse_release_set_phase(p_release bigint, p_holder text, p_position integer,
                                                       p_state text, p_note text)
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
    IF r.state = 'paused' AND p_state NOT IN ('paused', 'rolled-back', 'failed') THEN
        RAISE EXCEPTION 'release % is paused: phase % stays where it is until a person continues it',
            p_release, p_position USING ERRCODE = 'check_violation';
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

-- ---------------------------------------------------------------- privileges

REVOKE ALL ON release_requests FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC;

DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['gatehouse_requester', 'gatehouse_cab_member', 'gatehouse_business_owner',
                             'gatehouse_release_manager', 'gatehouse_support', 'gatehouse_admin'] LOOP
        EXECUTE format('GRANT SELECT ON release_requests TO %I', r);
    END LOOP;
END;
$$;

REVOKE EXECUTE ON FUNCTION gatehouse_release_current_environment(releases) FROM PUBLIC;

GRANT EXECUTE ON FUNCTION
    gatehouse_release_request_rollback(bigint, text),
    gatehouse_release_pause(bigint, text),
    gatehouse_release_request_handled(bigint, text, bigint, text),
    gatehouse_release_roll_back_phases(bigint, text, integer[], text)
TO PUBLIC;
