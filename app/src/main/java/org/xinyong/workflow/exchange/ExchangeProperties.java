package org.xinyong.workflow.exchange;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The event feed and webhooks (issue 16; API.md {@code GET /events}, {@code /subscriptions}), {@code xinyong.exchange}.
 *
 * @param source   the CloudEvents {@code source} prefix naming this deployment; an event's source is this plus the
 *                 path of what changed, e.g. {@code /listings/42}
 * @param feed     paging of {@code GET /events}
 * @param delivery webhook delivery
 */
@ConfigurationProperties("xinyong.exchange")
public record ExchangeProperties(@DefaultValue("urn:xinyong:workflow") String source,
                                 @DefaultValue Feed feed,
                                 @DefaultValue Delivery delivery) {

    /**
     * @param defaultLimit events per page when {@code limit} is absent
     * @param maxLimit     the most events per page (a larger {@code limit} is a 400)
     */
    public record Feed(@DefaultValue("100") int defaultLimit, @DefaultValue("1000") int maxLimit) {
    }

    /**
     * @param enabled        whether this node runs the scheduled deliverer
     * @param batch          deliveries claimed per run
     * @param timeout        connect and response timeout of one POST
     * @param firstRetry     the wait after the first failed attempt, doubled after each further one ...
     * @param maxRetry       ... up to this
     * @param maxAttempts    attempts before a delivery is given up (FAILED, shown in GET /subscriptions)
     * @param lease          how long a claimed delivery is left to its node before another node may retry it (a node
     *                       that died mid-way): longer than {@code timeout}
     * @param minSecretLength the shortest subscription secret accepted
     */
    public record Delivery(@DefaultValue("true") boolean enabled,
                           @DefaultValue("100") int batch,
                           @DefaultValue("10s") Duration timeout,
                           @DefaultValue("30s") Duration firstRetry,
                           @DefaultValue("1h") Duration maxRetry,
                           @DefaultValue("10") int maxAttempts,
                           @DefaultValue("2m") Duration lease,
                           @DefaultValue("16") int minSecretLength) {
    }
}
