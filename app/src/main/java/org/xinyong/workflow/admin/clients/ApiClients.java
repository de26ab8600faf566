package org.xinyong.workflow.admin.clients;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyong.workflow.admin.AdminAction;
import org.xinyong.workflow.audit.AuditLog;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.errors.InvalidRequestException;
import org.xinyong.workflow.security.ApiTokenAuthenticator;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.security.Groups;
import org.xinyong.workflow.security.Roles;

/**
 * API clients (issue 17): machine clients registered by an administrator, each with its role, department and expiry.
 * The token is 256 random bits shown once; only its SHA-256 is stored (table {@code api_client}, V1_18). Chosen over
 * OAuth2 client credentials with JWT: one look-up of an indexed hash is as fast to verify, needs no key management or
 * authorization server in a county deployment, and a revocation takes effect at once in the database (at most
 * {@link #CACHE_SECONDS} s later on a node that cached the token).
 */
@Service
public class ApiClients implements ApiTokenAuthenticator {

    /** A verified token is remembered this long per node, so the hot path (the sanctions check) does no look-up. */
    static final long CACHE_SECONDS = 60;
    /** Roles a machine client may act in; people's roles (ADMIN, ENTERPRISE, SUPERVISOR) are not for machines. */
    static final Set<String> CLIENT_ROLES = Set.of(Roles.SANCTIONS_CHECK, Roles.STAFF, Roles.METRICS);
    static final String PREFIX = "client:";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final BusinessClock clock;
    private final SecureRandom random = new SecureRandom();
    private final Cache<String, Optional<CurrentUser>> verified = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(CACHE_SECONDS)).maximumSize(10_000).build();

    public ApiClients(JdbcClient jdbc, AuditLog audit, BusinessClock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A registered client and its token, shown this once. */
    public record Registered(String clientId, String token, String role, String departmentCode, LocalDate expiresOn) {
    }

    @Transactional
    public Registered register(String name, String role, String departmentCode, LocalDate expiresOn, CurrentUser admin) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidRequestException("apiClient.name");
        }
        String clientRole = role == null ? "" : role.trim().toUpperCase(Locale.ROOT);
        if (!CLIENT_ROLES.contains(clientRole)) {
            throw new InvalidRequestException("apiClient.role", String.join(", ", CLIENT_ROLES.stream().sorted().toList()));
        }
        if (expiresOn == null || !expiresOn.isAfter(clock.today())) {
            throw new InvalidRequestException("apiClient.expiresOn", clock.today());
        }
        String department = departmentCode == null || departmentCode.isBlank() ? null : departmentCode.trim();
        if (clientRole.equals(Roles.STAFF) && department == null) {
            throw new InvalidRequestException("apiClient.department");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = "xy_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String clientId = UUID.randomUUID().toString();
        jdbc.sql("""
                insert into api_client (client_id, name, role, department_code, token_hash, expires_on, created_by,
                    created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(clientId, name.trim(), clientRole, department, hash(token), expiresOn, admin.username(),
                Timestamp.from(clock.now())).update();
        audit.record(AdminAction.API_CLIENT_CREATED, null, AdminAction.ref("api-client", clientId),
                name.trim() + ", role " + clientRole + (department == null ? "" : ", department " + department)
                        + ", expires " + expiresOn, null);
        return new Registered(clientId, token, clientRole, department, expiresOn);
    }

    @Override
    public Optional<CurrentUser> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(token);
        return verified.get(hash, this::lookUp);
    }

    private Optional<CurrentUser> lookUp(String hash) {
        return jdbc.sql("""
                select client_id, name, role, department_code from api_client
                where token_hash = ? and revoked_at is null and expires_on >= ?
                """).params(hash, clock.today())
                .query((rs, row) -> {
                    String department = rs.getString("department_code");
                    String role = rs.getString("role");
                    Set<String> groups = role.equals(Roles.STAFF) && department != null
                            ? Set.of(Groups.department(department)) : Set.of();
                    return new CurrentUser(PREFIX + rs.getString("client_id"), rs.getString("name"), role, groups,
                            department, null);
                }).optional();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
        }
    }
}
