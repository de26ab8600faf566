package org.xinyong.workflow.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinyong.workflow.listing.ListingChanged;

/**
 * API.md {@code GET /events?after=&limit=} on the shared application: events written in a transaction are paged in
 * id order with a cursor; an event rolled back with its change is never seen; an event outside a transaction is
 * refused (transactional outbox, issue 16).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class EventsApiTest {

    private static final String SUBJECT = "91230400MA19XY0035";

    @Autowired
    MockMvc mvc;
    @Autowired
    ExchangeEvents events;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void eventsArePagedInOrderWithACursor() throws Exception {
        String start = latestCursor();
        long first = record(ListingChanged.PUBLISHED, Map.of("listingId", 1));
        long second = record(ListingChanged.SUSPENDED, Map.of("listingId", 1, "status", "SUSPENDED"));
        long third = record(ListingChanged.RESUMED, Map.of("listingId", 1));
        assertThat(second).isGreaterThan(first);

        String page = mvc.perform(get("/api/v1/events").param("after", start).param("limit", "2")
                        .with(httpBasic("checker", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events", hasSize(2)))
                .andExpect(jsonPath("$.events[0].id").value(String.valueOf(first)))
                .andExpect(jsonPath("$.events[0].type").value("listing.published"))
                .andExpect(jsonPath("$.events[0].subject").value(SUBJECT))
                .andExpect(jsonPath("$.events[0].source").value("urn:xinyong:workflow/test"))
                .andExpect(jsonPath("$.events[0].time").isNotEmpty())
                .andExpect(jsonPath("$.events[1].data.status").value("SUSPENDED"))
                .andExpect(jsonPath("$.next").value(String.valueOf(second)))
                .andReturn().getResponse().getContentAsString();

        mvc.perform(get("/api/v1/events").param("after", (String) JsonPath.read(page, "$.next"))
                        .with(httpBasic("credit", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events", hasSize(1)))
                .andExpect(jsonPath("$.events[0].id").value(String.valueOf(third)))
                .andExpect(jsonPath("$.next").value(String.valueOf(third)));
        mvc.perform(get("/api/v1/events").param("after", String.valueOf(third)).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events", hasSize(0)))
                .andExpect(jsonPath("$.next").value(String.valueOf(third)));
    }

    @Test
    void anEventRolledBackWithItsChangeIsNeverSeen() throws Exception {
        String start = latestCursor();
        transaction.executeWithoutResult(status -> {
            events.record(ListingChanged.REVOKED, SUBJECT, "urn:xinyong:workflow/test", Map.of());
            status.setRollbackOnly();
        });
        mvc.perform(get("/api/v1/events").param("after", start).with(httpBasic("checker", "demo")))
                .andExpect(jsonPath("$.events[?(@.type == 'listing.revoked' && @.source == 'urn:xinyong:workflow/test')]",
                        hasSize(0)));
    }

    @Test
    void anEventOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> events.record(ListingChanged.PUBLISHED, SUBJECT, "urn:test", Map.of()))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void onlyTheExchangeRolesReadTheFeedAndBadParametersAre400() throws Exception {
        mvc.perform(get("/api/v1/events").with(httpBasic("amr", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/events").with(httpBasic("ent1", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/events")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/events").param("after", "x").with(httpBasic("checker", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_request"))
                .andExpect(jsonPath("$.message").isNotEmpty());
        mvc.perform(get("/api/v1/events").param("limit", "5000").with(httpBasic("checker", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_request"));
    }

    private long record(String type, Map<String, ?> data) {
        return transaction.execute(status -> events.record(type, SUBJECT, "urn:xinyong:workflow/test", data));
    }

    /** The cursor after every event so far. */
    private String latestCursor() {
        List<FeedEvent> all = events.after(0, Integer.MAX_VALUE);
        return all.isEmpty() ? "0" : all.get(all.size() - 1).id();
    }
}
