package org.xinyong.workflow.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xinyong.workflow.errors.InvalidFieldException;

/** The signature, the backoff and the checks of a new subscription (API.md {@code POST /subscriptions}). */
class WebhookRulesTest {

    private static final ExchangeProperties.Delivery SETTINGS = new ExchangeProperties.Delivery(true, 100,
            Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofHours(1), 10, Duration.ofMinutes(2), 16);

    /** RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?". */
    @Test
    void signatureIsHexHmacSha256OfTheBody() {
        assertThat(WebhookSignature.of("what do ya want for nothing?".getBytes(StandardCharsets.UTF_8), "Jefe"))
                .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void backoffDoublesUpToTheMaximum() {
        assertThat(WebhookDeliverer.backoff(1, SETTINGS)).isEqualTo(Duration.ofSeconds(30));
        assertThat(WebhookDeliverer.backoff(2, SETTINGS)).isEqualTo(Duration.ofSeconds(60));
        assertThat(WebhookDeliverer.backoff(4, SETTINGS)).isEqualTo(Duration.ofSeconds(240));
        assertThat(WebhookDeliverer.backoff(9, SETTINGS)).isEqualTo(Duration.ofHours(1));
        assertThat(WebhookDeliverer.backoff(1000, SETTINGS)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void callbackMustBeAnAbsoluteHttpUrl() {
        assertThat(Subscriptions.callbackUrl("https://credit.example.gov.cn/hooks/xinyong")).hasHost(
                "credit.example.gov.cn");
        assertThat(Subscriptions.callbackUrl("http://127.0.0.1:8089/hook").getPort()).isEqualTo(8089);
        for (String bad : new String[] {null, "", "ftp://example.com/x", "file:///etc/passwd", "/relative",
                "http://", "https://user:pw@example.com/", "javascript:alert(1)", "http://exa mple.com/",
                "https://example.com/" + "x".repeat(Subscriptions.MAX_URL)}) {
            assertThatThrownBy(() -> Subscriptions.callbackUrl(bad)).as(bad)
                    .isInstanceOf(InvalidFieldException.class);
        }
    }

    @Test
    void typesMustBeKnownAndSecretLongEnough() {
        assertThat(Subscriptions.types(List.of("listing.published", " listing.removed ", "listing.published")))
                .containsExactly("listing.published", "listing.removed");
        assertThatThrownBy(() -> Subscriptions.types(List.of())).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> Subscriptions.types(null)).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> Subscriptions.types(List.of("listing.deleted")))
                .isInstanceOf(InvalidFieldException.class);
        assertThat(Subscriptions.secret("0123456789abcdef", 16)).isEqualTo("0123456789abcdef");
        assertThatThrownBy(() -> Subscriptions.secret("short", 16)).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> Subscriptions.secret(null, 16)).isInstanceOf(InvalidFieldException.class);
    }
}
