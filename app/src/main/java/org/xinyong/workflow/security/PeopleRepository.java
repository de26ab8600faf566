package org.xinyong.workflow.security;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Users, groups and memberships (tables of V1_1__people.sql), through plain JDBC. */
@Repository
public class PeopleRepository {

    private static final String USER_COLUMNS =
            "username, password_hash, display_name, email, enabled, role, department_code, subject_code";

    private final JdbcTemplate jdbc;

    public PeopleRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AppUser> findUser(String username) {
        List<AppUser> users = jdbc.query("select " + USER_COLUMNS + " from app_user where username = ?",
                (rs, row) -> new AppUser(rs.getString("username"), rs.getString("password_hash"),
                        rs.getString("display_name"), rs.getString("email"), rs.getBoolean("enabled"),
                        rs.getString("role"), rs.getString("department_code"), rs.getString("subject_code"),
                        groupsOf(rs.getString("username"))),
                username);
        return users.stream().findFirst();
    }

    public List<AppUser> findAllUsers() {
        Map<String, Set<String>> memberships = allMemberships();
        return jdbc.query("select " + USER_COLUMNS + " from app_user order by username",
                (rs, row) -> new AppUser(rs.getString("username"), rs.getString("password_hash"),
                        rs.getString("display_name"), rs.getString("email"), rs.getBoolean("enabled"),
                        rs.getString("role"), rs.getString("department_code"), rs.getString("subject_code"),
                        memberships.getOrDefault(rs.getString("username"), Set.of())));
    }

    public boolean userExists(String username) {
        Integer count = jdbc.queryForObject("select count(*) from app_user where username = ?", Integer.class,
                username);
        return count != null && count > 0;
    }

    /** Inserts a user and its memberships in one transaction. */
    @Transactional
    public void insertUser(AppUser user) {
        jdbc.update("insert into app_user (" + USER_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)",
                user.username(), user.passwordHash(), user.displayName(), user.email(), user.enabled(),
                user.role(), user.departmentCode(), user.subjectCode());
        for (String group : user.groups()) {
            jdbc.update("insert into app_user_group (username, group_id) values (?, ?)", user.username(), group);
        }
    }

    /** Replaces a user's department and group memberships in one transaction. */
    @Transactional
    public void updateMembership(String username, String departmentCode, Set<String> groups) {
        jdbc.update("update app_user set department_code = ? where username = ?", departmentCode, username);
        jdbc.update("delete from app_user_group where username = ?", username);
        for (String group : groups) {
            jdbc.update("insert into app_user_group (username, group_id) values (?, ?)", username, group);
        }
    }

    /** Enables or disables an account; a disabled account cannot sign in and is removed from Camunda's identity. */
    public void setEnabled(String username, boolean enabled) {
        jdbc.update("update app_user set enabled = ? where username = ?", enabled, username);
    }

    public List<AppGroup> findAllGroups() {
        return jdbc.query("select id, name_zh, name_en, type from app_group order by id",
                (rs, row) -> new AppGroup(rs.getString("id"), rs.getString("name_zh"), rs.getString("name_en"),
                        rs.getString("type")));
    }

    public Optional<AppGroup> findGroup(String id) {
        return jdbc.query("select id, name_zh, name_en, type from app_group where id = ?",
                (rs, row) -> new AppGroup(rs.getString("id"), rs.getString("name_zh"), rs.getString("name_en"),
                        rs.getString("type")), id).stream().findFirst();
    }

    public boolean groupExists(String id) {
        return findGroup(id).isPresent();
    }

    public void insertGroup(AppGroup group) {
        jdbc.update("insert into app_group (id, name_zh, name_en, type) values (?, ?, ?, ?)",
                group.id(), group.nameZh(), group.nameEn(), group.type());
    }

    private Set<String> groupsOf(String username) {
        return new HashSet<>(jdbc.queryForList(
                "select group_id from app_user_group where username = ?", String.class, username));
    }

    private Map<String, Set<String>> allMemberships() {
        Map<String, Set<String>> result = new HashMap<>();
        jdbc.query("select username, group_id from app_user_group", rs -> {
            result.computeIfAbsent(rs.getString("username"), key -> new HashSet<>()).add(rs.getString("group_id"));
        });
        return result;
    }
}
