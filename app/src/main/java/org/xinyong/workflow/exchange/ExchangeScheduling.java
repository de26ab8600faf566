package org.xinyong.workflow.exchange;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link WebhookDeliverer} on its schedule ({@code xinyong.exchange.delivery.interval}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ExchangeScheduling {
}
