-- A release's rollback as a recorded step, and changes a stopped release never reached.
--
-- "rolling-back": the executor records its decision to roll back (a breached criterion
-- or a person's request) on the current phase BEFORE it undoes anything, with the
-- reason. An executor that takes over after a crash between the decision and the end of
-- the rollback finishes the rollback instead of judging the criteria again.
--
-- gatehouse_unschedule: a scheduled change returns to approved (release manager, with a
-- reason) when the release that scheduled it stopped before reaching its environment.
-- Nothing in its scope or window changed, so its approvals stay valid.

ALTER TABLE release_phases DROP CONSTRAINT release_phases_state_check;
ALTER TABLE release_phases ADD CONSTRAINT release_phases_state_check
    CHECK (state IN ('pending', 'rolling', 'baking', 'completed', 'paused', 'rolled-back', 'failed',
                     'rolling-back'));

CREATE OR REPLACE FUNCTION gatehouse_phase_state_allowed(p_from text, p_to text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT p_from = p_to
        OR (p_from = 'pending' AND p_to IN ('rolling', 'paused', 'rolling-back', 'failed'))
        OR (p_from = 'rolling' AND p_to IN ('baking', 'paused', 'rolling-back', 'rolled-back', 'failed'))
        OR (p_from = 'baking' AND p_to IN ('completed', 'paused', 'rolling-back', 'rolled-back', 'failed'))
        OR (p_from = 'paused' AND p_to IN ('pending', 'rolling', 'baking', 'rolling-back', 'rolled-back', 'failed'))
        OR (p_from = 'rolling-back' AND p_to IN ('rolled-back', 'failed'))
$$;

-- 0005's phase step; a paused release may still be rolled back (a person's "Roll back
-- now" on a paused release), so "rolling-back" is allowed while paused.
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
    IF r.state = 'paused' AND p_state NOT IN ('paused', 'rolling-back', 'rolled-back', 'failed') THEN
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

-- 0005's rollback of an environment's phases, including the phase whose rollback was
-- recorded as under way.
CREATE OR REPLACE FUNCTION gatehouse_release_roll_back_phases(p_release bigint, p_holder text,
                                                              p_positions integer[], p_note text)
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
       AND state IN ('rolling', 'baking', 'paused', 'completed', 'rolling-back');
    GET DIAGNOSTICS changed = ROW_COUNT;
    UPDATE releases SET updated_at = clock_timestamp() WHERE id = p_release;
    PERFORM gatehouse_audit_append('release.phases-rolled-back', gatehouse_release_first_change(p_release),
            jsonb_build_object('release', p_release, 'phases', to_jsonb(p_positions), 'note', coalesce(p_note, ''),
                               'executor', p_holder));
    PERFORM gatehouse_release_notify(p_release);
    RETURN changed;
END;
$$;

-- scheduled → approved (release manager, with a reason); the approvals stay.
CREATE FUNCTION gatehouse_unschedule(p_id bigint, p_reason text)
RETURNS change_requests
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    c change_requests;
BEGIN
    c := gatehouse_lock_change(p_id);
    PERFORM gatehouse_expect_state(c, ARRAY['scheduled'], 'unscheduled');
    PERFORM gatehouse_require_role(ARRAY['release-manager'], 'unschedule changes', p_id);
    IF btrim(coalesce(p_reason, '')) = '' THEN
        RAISE EXCEPTION 'returning a scheduled change to approved needs a reason' USING ERRCODE = 'check_violation';
    END IF;
    UPDATE change_requests SET state = 'approved' WHERE id = p_id RETURNING * INTO c;
    PERFORM gatehouse_audit_append('change.unscheduled', p_id,
            jsonb_build_object('window_start', c.window_start, 'window_end', c.window_end, 'reason', p_reason));
    RETURN c;
END;
$$;

GRANT EXECUTE ON FUNCTION gatehouse_unschedule(bigint, text) TO PUBLIC;
