-- Who may override a freeze or a gate is the applied policy's decision, not the client's;
-- the estate's policy is compared with the applied one and applied by administrators
-- only, one version at a time.
--
-- Same enforcement model as 0002: SECURITY DEFINER entry points check the person logged
-- in (session_user). Lock order: the change row first, the audit chain head last; every
-- function appends to the audit chain as its last statement, so the chain head is held
-- only from there to the commit.

-- The roles a tier's policy lets override a freeze ("freeze") or a gate ("gate"):
-- "freezeOverrideRoles" / "gateOverrideRoles" of the tier's rules. A policy document
-- that names none keeps the rules that held before policies named them: release managers
-- and administrators override freezes, release managers override gates.
CREATE FUNCTION gatehouse_override_roles(rules jsonb, p_kind text) RETURNS text[]
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN jsonb_typeof(rules -> (p_kind || 'OverrideRoles')) = 'array'
            THEN ARRAY(SELECT jsonb_array_elements_text(rules -> (p_kind || 'OverrideRoles')))
        WHEN p_kind = 'freeze' THEN ARRAY['release-manager', 'admin']
        ELSE ARRAY['release-manager']
    END
$$;

-- Picks the role an override for `p_environment` is recorded under: `p_role` when the
-- applied policy of that environment's tier permits it (empty: the first permitted role
-- the person holds), then checks that the person holds it (membership, or break-glass
-- access, whose use is audited). A role the policy does not name is refused even when
-- the person holds it. An environment no applied policy covers gets the default roles.
CREATE FUNCTION gatehouse_override_role(p_change_id bigint, p_environment text, p_kind text, p_role text,
                                        p_what text, OUT role text, OUT policy_version integer, OUT tier text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    rules jsonb;
    permitted text[];
    r text;
BEGIN
    BEGIN
        SELECT p.version, p.tier, p.rules INTO policy_version, tier, rules FROM gatehouse_policy_for(p_environment) AS p;
    EXCEPTION WHEN check_violation THEN
        policy_version := NULL;
        tier := 'default';
        rules := NULL;
    END;
    permitted := gatehouse_override_roles(rules, p_kind);
    IF nullif(btrim(coalesce(p_role, '')), '') IS NULL THEN
        FOREACH r IN ARRAY permitted LOOP
            IF gatehouse_holds_role(r) THEN
                role := r;
                EXIT;
            END IF;
        END LOOP;
        IF role IS NULL THEN
            RAISE EXCEPTION 'permission denied: the % policy (version %) lets only % %, and % holds none of these roles',
                tier, coalesce(policy_version, 0), coalesce(nullif(array_to_string(permitted, ' or '), ''), 'nobody'), p_what,
                session_user
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    ELSIF NOT (p_role = ANY (permitted)) THEN
        RAISE EXCEPTION 'permission denied: the % policy (version %) lets only % %, not %',
            tier, coalesce(policy_version, 0), coalesce(nullif(array_to_string(permitted, ' or '), ''), 'nobody'), p_what,
            p_role
            USING ERRCODE = 'insufficient_privilege';
    ELSE
        role := p_role;
    END IF;
    role := gatehouse_require_role(ARRAY[role], p_what, p_change_id);
END;
$$;

-- A freeze override: the calendar names the rule; the applied policy of the change's
-- tier names the roles that may override it. `p_role` is what the person claims to act
-- as (empty: the first permitted role they hold); the database checks both.
CREATE OR REPLACE FUNCTION gatehouse_override_freeze(p_id bigint, p_rule text, p_role text, p_reason text)
RETURNS freeze_overrides
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    c change_requests;
    chosen record;
    written freeze_overrides;
BEGIN
    c := gatehouse_lock_change(p_id);
    IF btrim(coalesce(p_reason, '')) = '' OR btrim(coalesce(p_rule, '')) = '' THEN
        RAISE EXCEPTION 'a freeze override needs the rule and a reason' USING ERRCODE = 'check_violation';
    END IF;
    IF session_user = c.requester AND gatehouse_separation_applies(c) THEN
        RAISE EXCEPTION 'separation of duties: % cannot override a freeze for their own change', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT * INTO chosen FROM gatehouse_override_role(p_id, c.environment, 'freeze', p_role, 'override a freeze');
    INSERT INTO freeze_overrides (change_id, rule, role, reason, by_user)
    VALUES (p_id, p_rule, chosen.role, p_reason, session_user) RETURNING * INTO written;
    PERFORM gatehouse_audit_append('freeze.overridden', p_id,
            jsonb_build_object('rule', p_rule, 'role', chosen.role, 'reason', p_reason,
                               'policy_version', chosen.policy_version, 'tier', chosen.tier));
    RETURN written;
END;
$$;

-- An authorised override of a gate that failed or could not be evaluated, by a role the
-- applied policy of the change's tier permits.
CREATE OR REPLACE FUNCTION gatehouse_override_gate(p_id bigint, p_environment text, p_gate text, p_reason text)
RETURNS gate_overrides
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    c change_requests;
    chosen record;
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
    SELECT * INTO chosen FROM gatehouse_override_role(p_id, p_environment, 'gate', NULL, 'override gates');
    INSERT INTO gate_overrides (change_id, environment, gate, reason, by_user)
    VALUES (p_id, p_environment, p_gate, p_reason, session_user) RETURNING * INTO written;
    PERFORM gatehouse_audit_append('gate.overridden', p_id,
            jsonb_build_object('environment', p_environment, 'gate', p_gate, 'reason', p_reason,
                               'role', chosen.role, 'policy_version', chosen.policy_version));
    RETURN written;
END;
$$;

-- Stores a new policy version (administrators only). The same document as the latest
-- version stores nothing and returns that version; concurrent applies of one document
-- store it once. Override role lists are checked like approval roles.
CREATE OR REPLACE FUNCTION gatehouse_apply_policy(p_document jsonb) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    tier_rules record;
    item jsonb;
    kind text;
    latest policy_versions;
    written integer;
    checksum text;
BEGIN
    PERFORM gatehouse_require_role(ARRAY['admin'], 'apply policies', NULL);
    IF jsonb_typeof(p_document -> 'tiers') IS DISTINCT FROM 'object'
       OR jsonb_typeof(p_document -> 'environments') IS DISTINCT FROM 'object' THEN
        RAISE EXCEPTION 'a policy document needs "tiers" and "environments" objects' USING ERRCODE = 'check_violation';
    END IF;
    FOR tier_rules IN SELECT * FROM jsonb_each(p_document -> 'tiers') LOOP
        IF jsonb_typeof(tier_rules.value) IS DISTINCT FROM 'object' THEN
            RAISE EXCEPTION 'policy for tier % is not an object', tier_rules.key USING ERRCODE = 'check_violation';
        END IF;
        FOR item IN SELECT * FROM jsonb_array_elements(coalesce(tier_rules.value -> 'approvals', '[]')
                                                       || coalesce(tier_rules.value -> 'emergency' -> 'approvals', '[]')
                                                       || coalesce(tier_rules.value -> 'riskExtraApprovals', '[]')) LOOP
            IF NOT gatehouse_known_role(coalesce(item ->> 'role', '')) OR coalesce((item ->> 'count')::integer, 1) < 1 THEN
                RAISE EXCEPTION 'policy for tier %: approval % is not a known role with a count of at least 1',
                    tier_rules.key, item USING ERRCODE = 'check_violation';
            END IF;
        END LOOP;
        FOREACH kind IN ARRAY ARRAY['freeze', 'gate'] LOOP
            IF tier_rules.value ? (kind || 'OverrideRoles') THEN
                IF jsonb_typeof(tier_rules.value -> (kind || 'OverrideRoles')) IS DISTINCT FROM 'array'
                   OR EXISTS (SELECT 1 FROM jsonb_array_elements(tier_rules.value -> (kind || 'OverrideRoles')) AS e
                               WHERE jsonb_typeof(e) IS DISTINCT FROM 'string'
                                  OR NOT gatehouse_known_role(e #>> '{}')) THEN
                    RAISE EXCEPTION 'policy for tier %: %OverrideRoles must be a list of known roles', tier_rules.key, kind
                        USING ERRCODE = 'check_violation';
                END IF;
            END IF;
        END LOOP;
    END LOOP;
    -- One apply at a time: two administrators applying the same document store it once.
    LOCK TABLE policy_versions IN SHARE ROW EXCLUSIVE MODE;
    SELECT * INTO latest FROM policy_versions ORDER BY version DESC LIMIT 1;
    IF FOUND AND latest.document = p_document THEN
        RETURN latest.version; -- unchanged: no new version
    END IF;
    checksum := encode(digest(p_document::text, 'sha256'), 'hex');
    INSERT INTO policy_versions (document, sha256, applied_by)
    VALUES (p_document, checksum, session_user)
    RETURNING version INTO written;
    PERFORM gatehouse_audit_append('policy.applied', NULL,
            jsonb_build_object('version', written, 'sha256', checksum, 'previous_version', latest.version));
    RETURN written;
END;
$$;

-- How `p_document` (the estate's policy) compares with the applied policy, and whether
-- the person logged in may apply it. Reads only.
CREATE FUNCTION gatehouse_policy_status(p_document jsonb, OUT applied_version integer, OUT applied_sha256 text,
                                        OUT up_to_date boolean, OUT may_apply boolean)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    latest policy_versions;
BEGIN
    SELECT * INTO latest FROM policy_versions ORDER BY version DESC LIMIT 1;
    up_to_date := FOUND AND latest.document = p_document;
    applied_version := coalesce(latest.version, 0);
    applied_sha256 := coalesce(latest.sha256, '');
    may_apply := gatehouse_holds_role('admin');
END;
$$;

-- Brings the applied policy to `p_document`: an administrator applies it when it differs
-- ("applied"), anyone else only learns that it does ("out-of-date"); "up-to-date" when it
-- is the applied one. Applies are serialised, so of two administrators syncing the same
-- document one applies it and the other finds it up to date.
CREATE FUNCTION gatehouse_sync_policy(p_document jsonb, OUT version integer, OUT previous_version integer,
                                      OUT outcome text, OUT may_apply boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    status record;
BEGIN
    may_apply := gatehouse_holds_role('admin');
    IF may_apply THEN
        LOCK TABLE policy_versions IN SHARE ROW EXCLUSIVE MODE;
    END IF;
    SELECT * INTO status FROM gatehouse_policy_status(p_document);
    previous_version := status.applied_version;
    version := status.applied_version;
    IF status.up_to_date THEN
        outcome := 'up-to-date';
    ELSIF NOT may_apply THEN
        outcome := 'out-of-date';
    ELSE
        version := gatehouse_apply_policy(p_document);
        outcome := 'applied';
    END IF;
END;
$$;

-- ---------------------------------------------------------------- privileges

REVOKE ALL ON FUNCTION gatehouse_override_role(bigint, text, text, text, text) FROM PUBLIC;
-- The entry points check who calls them; everyone may call them.
GRANT EXECUTE ON FUNCTION gatehouse_policy_status(jsonb), gatehouse_sync_policy(jsonb), gatehouse_override_roles(jsonb, text)
    TO PUBLIC;
