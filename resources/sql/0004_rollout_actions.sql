-- Rollout actions on the Kubernetes workloads of an environment (set image, pause, resume,
-- restart, roll back, scale): who acted on which Deployment, why, and the Deployment
-- before and after, appended to the hash-chained audit log of 0002.
--
-- Same enforcement model as 0002: client roles cannot write the audit log; the SECURITY
-- DEFINER function below checks the role of the person logged in (session_user) and
-- appends through gatehouse_audit_append. Support staff, release managers and admins may
-- record rollout actions; the embedded store's owner is the cluster's superuser and
-- therefore a member of every role.

CREATE FUNCTION gatehouse_record_rollout_action(p_environment text, p_action text, p_deployment text,
                                                p_reason text, p_before jsonb, p_after jsonb)
RETURNS audit_log
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF btrim(coalesce(p_environment, '')) = '' OR btrim(coalesce(p_deployment, '')) = '' THEN
        RAISE EXCEPTION 'a rollout action needs the environment and the deployment' USING ERRCODE = 'check_violation';
    END IF;
    IF coalesce(p_action, '') NOT IN ('set-image', 'pause', 'resume', 'restart', 'undo', 'scale') THEN
        RAISE EXCEPTION 'unknown rollout action %', p_action USING ERRCODE = 'check_violation';
    END IF;
    IF btrim(coalesce(p_reason, '')) = '' THEN
        RAISE EXCEPTION 'a rollout action needs a reason' USING ERRCODE = 'check_violation';
    END IF;
    IF jsonb_typeof(coalesce(p_before, '{}'::jsonb)) <> 'object'
       OR jsonb_typeof(coalesce(p_after, '{}'::jsonb)) <> 'object' THEN
        RAISE EXCEPTION 'before and after of a rollout action must be JSON objects' USING ERRCODE = 'check_violation';
    END IF;
    PERFORM gatehouse_require_role(ARRAY['support', 'release-manager', 'admin'], 'act on rollouts', NULL);
    RETURN gatehouse_audit_append('rollout.' || p_action, NULL,
        jsonb_build_object('environment', p_environment, 'deployment', p_deployment, 'reason', p_reason,
                           'before', coalesce(p_before, '{}'::jsonb), 'after', coalesce(p_after, '{}'::jsonb)));
END;
$$;

REVOKE ALL ON FUNCTION gatehouse_record_rollout_action(text, text, text, text, jsonb, jsonb) FROM PUBLIC;
-- The function checks who calls it; everyone may call it.
GRANT EXECUTE ON FUNCTION gatehouse_record_rollout_action(text, text, text, text, jsonb, jsonb) TO PUBLIC;
