-- Change requests and the append-only audit log.
-- Applied by the control store inside one transaction under an advisory lock;
-- never edit a released migration, add the next number instead.

CREATE TABLE change_requests (
    id               bigserial PRIMARY KEY,
    title            text        NOT NULL,
    description      text        NOT NULL DEFAULT '',
    requester        text        NOT NULL DEFAULT current_user,
    environment      text        NOT NULL,
    change_type      text        NOT NULL DEFAULT 'normal',
    integrations     text[]      NOT NULL DEFAULT '{}',
    workloads        text[]      NOT NULL DEFAULT '{}',
    window_start     timestamptz NOT NULL,
    window_end       timestamptz NOT NULL,
    window_time_zone text        NOT NULL DEFAULT 'UTC',
    state            text        NOT NULL DEFAULT 'draft',
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT change_requests_title_not_empty CHECK (btrim(title) <> ''),
    CONSTRAINT change_requests_environment_not_empty CHECK (btrim(environment) <> ''),
    CONSTRAINT change_requests_time_zone_not_empty CHECK (btrim(window_time_zone) <> ''),
    CONSTRAINT change_requests_window_order CHECK (window_end > window_start),
    CONSTRAINT change_requests_known_type CHECK (change_type IN ('standard', 'normal', 'emergency')),
    CONSTRAINT change_requests_known_state CHECK (state IN (
        'draft', 'submitted', 'assessed', 'approved', 'rejected', 'scheduled',
        'in-progress', 'completed', 'rolled-back', 'failed', 'closed'))
);

CREATE INDEX change_requests_window_start_idx ON change_requests (window_start);

CREATE FUNCTION gatehouse_touch_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

CREATE TRIGGER change_requests_touch
    BEFORE UPDATE ON change_requests
    FOR EACH ROW EXECUTE FUNCTION gatehouse_touch_updated_at();

-- Every Gatehouse listening on gatehouse_changes refreshes its list.
CREATE FUNCTION gatehouse_notify_changes() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('gatehouse_changes', NEW.id::text);
    RETURN NULL;
END;
$$;

CREATE TRIGGER change_requests_notify
    AFTER INSERT OR UPDATE ON change_requests
    FOR EACH ROW EXECUTE FUNCTION gatehouse_notify_changes();

-- Who did what when. Rows are only ever added; the hash chain comes later.
CREATE TABLE audit_log (
    id        bigserial PRIMARY KEY,
    at        timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor     text        NOT NULL DEFAULT current_user,
    action    text        NOT NULL,
    change_id bigint      REFERENCES change_requests (id),
    detail    jsonb       NOT NULL DEFAULT '{}'::jsonb,
    CONSTRAINT audit_log_action_not_empty CHECK (btrim(action) <> '')
);

CREATE INDEX audit_log_change_id_idx ON audit_log (change_id);

CREATE FUNCTION gatehouse_audit_log_is_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_log_append_only
    BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION gatehouse_audit_log_is_append_only();

CREATE TRIGGER audit_log_no_truncate
    BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION gatehouse_audit_log_is_append_only();

REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC;

-- A change and its audit record are written together or not at all.
-- (The approvals work turns this into a SECURITY DEFINER entry point.)
CREATE FUNCTION gatehouse_create_change(
    p_title            text,
    p_description      text,
    p_environment      text,
    p_change_type      text,
    p_integrations     text[],
    p_workloads        text[],
    p_window_start     timestamptz,
    p_window_end       timestamptz,
    p_window_time_zone text)
RETURNS change_requests
LANGUAGE plpgsql AS $$
DECLARE
    created change_requests;
BEGIN
    INSERT INTO change_requests (title, description, environment, change_type,
                                 integrations, workloads, window_start, window_end,
                                 window_time_zone)
    VALUES (p_title, p_description, p_environment, p_change_type,
            coalesce(p_integrations, '{}'), coalesce(p_workloads, '{}'),
            p_window_start, p_window_end, p_window_time_zone)
    RETURNING * INTO created;

    INSERT INTO audit_log (action, change_id, detail)
    VALUES ('change.created', created.id,
            jsonb_build_object('title', created.title,
                               'environment', created.environment,
                               'type', created.change_type,
                               'window_start', created.window_start,
                               'window_end', created.window_end,
                               'window_time_zone', created.window_time_zone));
    RETURN created;
END;
$$;
