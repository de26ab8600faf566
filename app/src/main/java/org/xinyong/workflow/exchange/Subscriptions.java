package org.xinyong.workflow.exchange;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyong.workflow.audit.AuditAction;
import org.xinyong.workflow.audit.AuditLog;
import org.xinyong.workflow.errors.InvalidFieldException;
import org.xinyong.workflow.errors.NotFoundException;

/**
 * Webhook subscribers (issue 16 "Subscriptions"; API.md {@code POST/GET/DELETE /subscriptions}): a callback URL, the
 * event types it receives and the secret its deliveries are signed with. Registered, listed and ended by
 * administrators; every change is audited. An ended subscription gets no more deliveries; its log stays.
 */
@Service
public class Subscriptions {

    /** The column width of exchange_subscription.callback_url (V1_30). */
    static final int MAX_URL = 500;
    /** The column width of exchange_subscription.secret (V1_30). */
    static final int MAX_SECRET = 200;

    /**
     * A subscription as the API answers it: never its secret. The counts are its delivery log: {@code failed} ones
     * were given up after the configured attempts, {@code lastError} is the newest failure.
     */
    public record Subscription(long id, String callbackUrl, List<String> types, String createdBy, Instant createdAt,
                               long pending, long delivered, long failed, String lastError) {
    }

    /** Where and with which key a delivery goes. */
    record Target(long id, URI callbackUrl, String secret) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ExchangeProperties properties;

    public Subscriptions(JdbcClient jdbc, AuditLog audit, ExchangeProperties properties) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.properties = properties;
    }

    /** @throws InvalidFieldException (400) for a URL that is not absolute http(s), no or unknown types, a short secret */
    @Transactional
    public Subscription create(String callbackUrl, List<String> types, String secret, String actor) {
        URI url = callbackUrl(callbackUrl);
        Set<String> checkedTypes = types(types);
        String checkedSecret = secret(secret, properties.delivery().minSecretLength());
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into exchange_subscription (callback_url, secret, created_by, created_at) values (?, ?, ?, ?)")
                .params(url.toString(), checkedSecret, actor, ExchangeEvents.utc(Instant.now()))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        for (String type : checkedTypes) {
            jdbc.sql("insert into exchange_subscription_type (subscription_id, type) values (?, ?)")
                    .params(id, type).update();
        }
        audit.record(AuditAction.STATE_CHANGED, null, "subscription:" + id,
                "webhook subscription " + id + " to " + url + " for " + checkedTypes, null);
        return find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Subscription> list() {
        return query(" where s.deleted_at is null", List.of());
    }

    @Transactional(readOnly = true)
    public Optional<Subscription> find(long id) {
        return query(" where s.deleted_at is null and s.id = ?", List.of(id)).stream().findFirst();
    }

    /** Ends the subscription: no further deliveries. @throws NotFoundException (404) unknown or already ended */
    @Transactional
    public void delete(long id) {
        int ended = jdbc.sql("update exchange_subscription set deleted_at = ? where id = ? and deleted_at is null")
                .params(ExchangeEvents.utc(Instant.now()), id).update();
        if (ended == 0) {
            throw new NotFoundException("exchange.subscription.notFound", id);
        }
        audit.record(AuditAction.STATE_CHANGED, null, "subscription:" + id, "webhook subscription " + id + " ended",
                null);
    }

    /** The live subscription's address and key, for the deliverer. */
    Optional<Target> target(long id) {
        return jdbc.sql("select id, callback_url, secret from exchange_subscription where id = ? and deleted_at is null")
                .param(id)
                .query((row, number) -> new Target(row.getLong("id"), URI.create(row.getString("callback_url")),
                        row.getString("secret")))
                .optional();
    }

    private List<Subscription> query(String where, List<Object> params) {
        List<Subscription> found = jdbc.sql("""
                        select s.id, s.callback_url, s.created_by, s.created_at,
                          (select count(*) from exchange_delivery d where d.subscription_id = s.id
                             and d.status = 'PENDING') as pending,
                          (select count(*) from exchange_delivery d where d.subscription_id = s.id
                             and d.status = 'DELIVERED') as delivered,
                          (select count(*) from exchange_delivery d where d.subscription_id = s.id
                             and d.status = 'FAILED') as failed
                        from exchange_subscription s""" + where + " order by s.id")
                .params(params)
                .query((ResultSet row, int number) -> map(row))
                .list();
        List<Subscription> answer = new ArrayList<>();
        for (Subscription subscription : found) {
            List<String> types = jdbc.sql("select type from exchange_subscription_type where subscription_id = ?"
                    + " order by type").param(subscription.id()).query(String.class).list();
            String lastError = jdbc.sql("select last_error from exchange_delivery where subscription_id = ?"
                            + " and last_error is not null order by event_id desc fetch first 1 rows only")
                    .param(subscription.id()).query(String.class).optional().orElse(null);
            answer.add(new Subscription(subscription.id(), subscription.callbackUrl(), types,
                    subscription.createdBy(), subscription.createdAt(), subscription.pending(),
                    subscription.delivered(), subscription.failed(), lastError));
        }
        return answer;
    }

    private static Subscription map(ResultSet row) throws SQLException {
        return new Subscription(row.getLong("id"), row.getString("callback_url"), List.of(),
                row.getString("created_by"), ExchangeEvents.instant(row.getObject("created_at", LocalDateTime.class)),
                row.getLong("pending"), row.getLong("delivered"), row.getLong("failed"), null);
    }

    /** An absolute http or https URL with a host, as long as the column allows. */
    static URI callbackUrl(String callbackUrl) {
        if (callbackUrl != null && !callbackUrl.isBlank() && callbackUrl.trim().length() <= MAX_URL) {
            try {
                URI url = new URI(callbackUrl.trim());
                String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
                if ((scheme.equals("http") || scheme.equals("https")) && url.getHost() != null
                        && url.getUserInfo() == null && url.getFragment() == null) {
                    return url;
                }
            } catch (URISyntaxException notAUrl) {
                // answered below
            }
        }
        throw new InvalidFieldException("callbackUrl", "exchange.subscription.callbackUrl", callbackUrl);
    }

    /** At least one type, each of API.md's {@code GET /events} list. */
    static Set<String> types(List<String> types) {
        if (types == null || types.isEmpty()) {
            throw new InvalidFieldException("types", "exchange.subscription.types");
        }
        Set<String> checked = new LinkedHashSet<>();
        for (String type : types) {
            String trimmed = type == null ? "" : type.trim();
            if (!EventTypes.KNOWN.contains(trimmed)) {
                throw new InvalidFieldException("types", "exchange.subscription.unknownType", type);
            }
            checked.add(trimmed);
        }
        return checked;
    }

    static String secret(String secret, int minLength) {
        if (secret == null || secret.isBlank() || secret.length() < minLength || secret.length() > MAX_SECRET) {
            throw new InvalidFieldException("secret", "exchange.subscription.secret", minLength);
        }
        return secret;
    }
}
