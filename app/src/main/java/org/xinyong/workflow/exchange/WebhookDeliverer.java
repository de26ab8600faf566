package org.xinyong.workflow.exchange;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox to subscribers (issue 16 "Subscriptions"): one signed HTTP POST per event and subscription
 * ({@link WebhookSignature}), at least once. Runs on its own schedule, never in a business transaction, so a slow or
 * dead receiver delays nobody's work. A due delivery is claimed by a conditional update of its attempt count, so of
 * several nodes exactly one posts it; a node that dies mid-way leaves its claim to expire after the lease, and
 * another node posts again (receivers de-duplicate by the event id). Failures wait with exponential backoff and are
 * given up after the configured attempts ({@code xinyong.exchange.delivery.*}). Delivery times are system time, not
 * the business clock.
 */
@Component
public class WebhookDeliverer {

    private static final Logger log = LoggerFactory.getLogger(WebhookDeliverer.class);
    /** The column width of exchange_delivery.last_error (V1_30). */
    private static final int MAX_ERROR = 500;

    record Due(long subscriptionId, long eventId, int attempts) {
    }

    private final JdbcClient jdbc;
    private final ExchangeEvents events;
    private final Subscriptions subscriptions;
    private final ExchangeProperties.Delivery settings;
    private final ObjectMapper json;
    private final Clock clock;
    private final HttpClient http;

    public WebhookDeliverer(JdbcClient jdbc, ExchangeEvents events, Subscriptions subscriptions,
                            ExchangeProperties properties, ObjectMapper json) {
        this.jdbc = jdbc;
        this.events = events;
        this.subscriptions = subscriptions;
        this.settings = properties.delivery();
        this.json = json;
        this.clock = Clock.systemUTC();
        // redirects are not followed: the subscriber registered one address
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Every {@code xinyong.exchange.delivery.interval} after the previous run ended (no overlapping runs). */
    @Scheduled(fixedDelayString = "${xinyong.exchange.delivery.interval:PT10S}",
            initialDelayString = "${xinyong.exchange.delivery.interval:PT10S}")
    void scheduled() {
        if (!settings.enabled()) {
            return;
        }
        try {
            deliverDue();
        } catch (RuntimeException failed) {
            log.warn("Webhook delivery run failed; the next run retries", failed);
        }
    }

    /** Posts the due deliveries this node can claim; answers how many were delivered. */
    public int deliverDue() {
        Instant now = clock.instant();
        giveUpExhausted(now);
        List<Due> due = jdbc.sql("""
                        select d.subscription_id, d.event_id, d.attempts from exchange_delivery d
                        join exchange_subscription s on s.id = d.subscription_id
                        where d.status = 'PENDING' and d.next_attempt_at <= ? and d.attempts < ?
                          and s.deleted_at is null
                        order by d.event_id, d.subscription_id fetch first ? rows only""")
                .params(ExchangeEvents.utc(now), settings.maxAttempts(), settings.batch())
                .query((row, number) -> new Due(row.getLong(1), row.getLong(2), row.getInt(3)))
                .list();
        int delivered = 0;
        for (Due delivery : due) {
            if (claim(delivery, now) && deliver(delivery)) {
                delivered++;
            }
        }
        return delivered;
    }

    /** One node wins: the update matches only while nobody else has counted this attempt. */
    private boolean claim(Due delivery, Instant now) {
        return jdbc.sql("""
                        update exchange_delivery set attempts = attempts + 1, next_attempt_at = ?
                        where subscription_id = ? and event_id = ? and status = 'PENDING' and attempts = ?
                          and next_attempt_at <= ?""")
                .params(ExchangeEvents.utc(now.plus(settings.lease())), delivery.subscriptionId(),
                        delivery.eventId(), delivery.attempts(), ExchangeEvents.utc(now))
                .update() == 1;
    }

    private boolean deliver(Due delivery) {
        int attempt = delivery.attempts() + 1;
        Optional<Subscriptions.Target> target = subscriptions.target(delivery.subscriptionId());
        Optional<FeedEvent> event = events.find(delivery.eventId());
        if (target.isEmpty() || event.isEmpty()) {
            return false; // ended meanwhile: the row stays PENDING and is no longer selected
        }
        Integer status = null;
        String error;
        try {
            byte[] body = json.writeValueAsBytes(event.get());
            HttpRequest request = HttpRequest.newBuilder(target.get().callbackUrl())
                    .timeout(settings.timeout())
                    .header("Content-Type", "application/json")
                    .header(WebhookSignature.HEADER, WebhookSignature.of(body, target.get().secret()))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            if (status >= 200 && status < 300) {
                jdbc.sql("""
                                update exchange_delivery set status = 'DELIVERED', delivered_at = ?, last_status = ?,
                                  last_error = null where subscription_id = ? and event_id = ?""")
                        .params(ExchangeEvents.utc(clock.instant()), status, delivery.subscriptionId(),
                                delivery.eventId())
                        .update();
                return true;
            }
            error = "HTTP " + status;
        } catch (JsonProcessingException unwritable) {
            error = "event not serialisable: " + unwritable.getOriginalMessage();
        } catch (IOException unreachable) {
            error = unreachable.getClass().getSimpleName() + ": " + unreachable.getMessage();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        failed(delivery, attempt, status, error);
        return false;
    }

    private void failed(Due delivery, int attempt, Integer status, String error) {
        boolean giveUp = attempt >= settings.maxAttempts();
        String message = cut(error + (giveUp ? "; given up after " + attempt + " attempts" : ""));
        jdbc.sql("""
                        update exchange_delivery set status = ?, next_attempt_at = ?, last_status = ?, last_error = ?
                        where subscription_id = ? and event_id = ?""")
                .params(giveUp ? "FAILED" : "PENDING",
                        ExchangeEvents.utc(clock.instant().plus(backoff(attempt, settings))), status, message,
                        delivery.subscriptionId(), delivery.eventId())
                .update();
        log.info("Webhook delivery of event {} to subscription {} failed (attempt {}): {}", delivery.eventId(),
                delivery.subscriptionId(), attempt, message);
    }

    /** A claimed last attempt whose node died: given up once its lease ran out. */
    private void giveUpExhausted(Instant now) {
        jdbc.sql("""
                        update exchange_delivery set status = 'FAILED',
                          last_error = 'no answer recorded for the last attempt; given up'
                        where status = 'PENDING' and attempts >= ? and next_attempt_at <= ?""")
                .params(settings.maxAttempts(), ExchangeEvents.utc(now))
                .update();
    }

    /** The wait after failed attempt {@code attempt} (1, 2, ...): first-retry doubled per attempt, up to max-retry. */
    static Duration backoff(int attempt, ExchangeProperties.Delivery settings) {
        Duration wait = settings.firstRetry();
        for (int i = 1; i < attempt && wait.compareTo(settings.maxRetry()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(settings.maxRetry()) > 0 ? settings.maxRetry() : wait;
    }

    private static String cut(String text) {
        return text == null || text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
    }
}
