package org.xinyong.workflow.reference;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The departments table: read by every feature, written by the reference data loader and administrators. */
@Repository
public class Departments {

    private static final String COLUMNS = "code, name_zh, name_en, kind";

    private final JdbcClient jdbc;

    public Departments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Department> all() {
        return jdbc.sql("select " + COLUMNS + " from department order by kind, code")
                .query(Departments::map)
                .list();
    }

    public List<Department> ofKind(DepartmentKind kind) {
        return jdbc.sql("select " + COLUMNS + " from department where kind = ? order by code")
                .param(kind.name())
                .query(Departments::map)
                .list();
    }

    public Optional<Department> find(String code) {
        return jdbc.sql("select " + COLUMNS + " from department where code = ?")
                .param(code)
                .query(Departments::map)
                .optional();
    }

    /** Inserts the department unless one with its code exists; an existing row is left as it is. */
    public boolean insertIfAbsent(Department department) {
        int inserted = jdbc.sql("insert into department (" + COLUMNS + ") select ?, ?, ?, ?"
                        + " where not exists (select 1 from department where code = ?)")
                .params(department.code(), department.nameZh(), department.nameEn(), department.kind().name(),
                        department.code())
                .update();
        return inserted > 0;
    }

    private static Department map(ResultSet row, int number) throws SQLException {
        return new Department(row.getString("code"), row.getString("name_zh"), row.getString("name_en"),
                DepartmentKind.valueOf(row.getString("kind")));
    }
}
