package org.xinyong.workflow.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xinyong.workflow.audit.AuditAction;
import org.xinyong.workflow.audit.AuditLog;
import org.xinyong.workflow.errors.ConflictException;
import org.xinyong.workflow.errors.NotFoundException;

/**
 * The one way a case changes its status. In one transaction: the case's row is locked, its status checked against
 * the statuses the new one may follow ({@link CaseStatus#comesFrom()}), the status written with the row's
 * {@code version} counted up and the change's further columns, and an audit entry written that names from → to. A
 * change that lost a race (another request or node changed the case first) finds the case in another status and is
 * answered 409; nothing of it is written.
 */
@Component
public class StatusTransitions {

    /** Table and column names come from the code, never from input; checked all the same. */
    private static final Pattern NAME = Pattern.compile("[a-z_]+");

    private final JdbcClient jdbc;
    private final AuditLog audit;

    public StatusTransitions(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A change of status: the case, its subject, the new status, further columns to set and a detail for the audit. */
    public record Change<S extends Enum<S> & CaseStatus<S>>(String table, CaseRef ref, String subjectCode, S to,
                                                             Map<String, Object> columns, String detail) {

        public Change {
            columns = new LinkedHashMap<>(columns);
        }

        public static <S extends Enum<S> & CaseStatus<S>> Change<S> of(String table, CaseRef ref,
                                                                       String subjectCode, S to) {
            return new Change<>(table, ref, subjectCode, to, Map.of(), null);
        }

        public Change<S> set(String column, Object value) {
            Map<String, Object> more = new LinkedHashMap<>(columns);
            more.put(column, value);
            return new Change<>(table, ref, subjectCode, to, more, detail);
        }

        public Change<S> detail(String text) {
            return new Change<>(table, ref, subjectCode, to, columns, text);
        }
    }

    /**
     * Makes the change; answers the status the case had.
     *
     * @throws ConflictException when the case's status is not one the new status may follow
     * @throws NotFoundException when there is no such case
     */
    @Transactional
    public <S extends Enum<S> & CaseStatus<S>> S change(Change<S> change) {
        require(change.table());
        change.columns().keySet().forEach(StatusTransitions::require);
        long id = change.ref().numericId()
                .orElseThrow(() -> new IllegalArgumentException("Not a case id: " + change.ref()));
        Class<S> type = change.to().getDeclaringClass();
        S from = current(change.table(), id)
                .map(status -> Enum.valueOf(type, status))
                .orElseThrow(() -> new NotFoundException("case.notFound", change.ref().businessKey()));
        if (!change.to().comesFrom().contains(from)) {
            throw new ConflictException("case.statusChanged", change.ref().businessKey(), from.name(),
                    change.to().name());
        }
        StringBuilder sql = new StringBuilder("update ").append(change.table())
                .append(" set status = :to, version = version + 1");
        change.columns().keySet().forEach(column -> sql.append(", ").append(column).append(" = :").append(column));
        sql.append(" where id = :id and status = :from");
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).param("to", change.to().name())
                .param("id", id).param("from", from.name());
        for (Map.Entry<String, Object> column : change.columns().entrySet()) {
            Object value = column.getValue() instanceof Instant at ? Timestamp.from(at) : column.getValue();
            statement = statement.param(column.getKey(), value);
        }
        if (statement.update() != 1) {
            // the row is locked above, so only a status changed outside this class gets here
            throw new ConflictException("case.statusChanged", change.ref().businessKey(), from.name(),
                    change.to().name());
        }
        audit.record(AuditAction.STATE_CHANGED, change.subjectCode(), change.ref().businessKey(),
                from.name() + " → " + change.to().name()
                        + (change.detail() == null || change.detail().isBlank() ? "" : "; " + change.detail()),
                null);
        return from;
    }

    private Optional<String> current(String table, long id) {
        return jdbc.sql("select status from " + table + " where id = ? for update").param(id).query(String.class)
                .optional();
    }

    private static void require(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a table or column name: " + name);
        }
    }
}
