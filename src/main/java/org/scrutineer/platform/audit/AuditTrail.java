package org.scrutineer.platform.audit;

import java.util.List;
import org.scrutineer.platform.security.CurrentUser;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Records every change of official data: who, when, what, the old value and the new value. */
@NamedInterface("audit")
@Service
public class AuditTrail {
    private final JdbcClient jdbc;
    private final JsonMapper json;

    public AuditTrail(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void created(String scope, String entityType, String key, Object value) {
        record(scope, AuditAction.CREATE, entityType, key, null, value, null);
    }

    public void updated(String scope, String entityType, String key, Object oldValue, Object newValue) {
        record(scope, AuditAction.UPDATE, entityType, key, oldValue, newValue, null);
    }

    /** A save: recorded as a create when there was no old value, else as an update from the old to the new. */
    public void saved(String scope, String entityType, String key, Object oldValue, Object newValue) {
        if (oldValue == null) {
            created(scope, entityType, key, newValue);
        } else {
            updated(scope, entityType, key, oldValue, newValue);
        }
    }

    public void deleted(String scope, String entityType, String key, Object oldValue) {
        record(scope, AuditAction.DELETE, entityType, key, oldValue, null, null);
    }

    public void record(
            String scope,
            AuditAction action,
            String entityType,
            String key,
            Object oldValue,
            Object newValue,
            String note) {
        recordBy(CurrentUser.name(), scope, action, entityType, key, oldValue, newValue, note);
    }

    /** For what happens before anyone is signed in, such as signing in: the actor is named, not the current user. */
    public void recordBy(
            String actor,
            String scope,
            AuditAction action,
            String entityType,
            String key,
            Object oldValue,
            Object newValue,
            String note) {
        jdbc.sql("""
                        insert into audit_event (actor, action, entity_type, entity_key, scope, old_value, new_value, note)
                        values (:actor, :action, :type, :key, :scope, cast(:old as jsonb), cast(:new as jsonb), :note)""")
                .param("actor", actor)
                .param("action", action.code())
                .param("type", entityType)
                .param("key", key)
                .param("scope", scope)
                .param("old", oldValue == null ? null : json.writeValueAsString(oldValue))
                .param("new", newValue == null ? null : json.writeValueAsString(newValue))
                .param("note", note)
                .update();
    }

    /** The latest entry about one record, if any: who changed it last, and when. */
    public java.util.Optional<AuditEntry> latest(String scope, String entityKey) {
        return jdbc.sql("""
                        select occurred_at, actor, action, entity_type, entity_key, old_value::text as old_value,
                               new_value::text as new_value, note
                        from audit_event where scope = :scope and entity_key = :key order by id desc limit 1""")
                .param("scope", scope)
                .param("key", entityKey)
                .query(ENTRY)
                .optional();
    }

    public List<AuditEntry> forScope(String scope) {
        return jdbc.sql("""
                        select occurred_at, actor, action, entity_type, entity_key, old_value::text as old_value,
                               new_value::text as new_value, note
                        from audit_event where scope = :scope order by occurred_at desc, id desc""").param("scope", scope).query(ENTRY).list();
    }

    /** One audit_event row, from the columns both readers select. */
    private static final RowMapper<AuditEntry> ENTRY = (rs, n) -> new AuditEntry(
            rs.getTimestamp("occurred_at").toInstant(),
            rs.getString("actor"),
            rs.getString("action"),
            rs.getString("entity_type"),
            rs.getString("entity_key"),
            rs.getString("old_value"),
            rs.getString("new_value"),
            rs.getString("note"));
}
