package org.xinyong.workflow.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xinyong.workflow.errors.InvalidFieldException;

/** The cursor and limit of {@code GET /events} (API.md): the next cursor is the last id, or the given one. */
class EventsControllerTest {

    private final ExchangeEvents events = mock(ExchangeEvents.class);
    private final EventsController controller = new EventsController(events,
            new ExchangeProperties("urn:test", new ExchangeProperties.Feed(100, 1000), null));

    @Test
    void nextIsTheLastIdOfThePage() {
        when(events.after(5, 2)).thenReturn(List.of(event("6"), event("9")));

        EventsController.Page page = controller.events("5", "2");

        assertThat(page.events()).extracting(FeedEvent::id).containsExactly("6", "9");
        assertThat(page.next()).isEqualTo("9");
    }

    @Test
    void emptyPageKeepsTheCursorAndDefaultsApply() {
        when(events.after(0, 100)).thenReturn(List.of());

        assertThat(controller.events(null, null).next()).isEqualTo("0");
        verify(events).after(0, 100);
    }

    @Test
    void badCursorOrLimitIsA400() {
        assertThatThrownBy(() -> controller.events("abc", null)).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> controller.events("-1", null)).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> controller.events(null, "0")).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> controller.events(null, "1001")).isInstanceOf(InvalidFieldException.class);
    }

    private static FeedEvent event(String id) {
        return new FeedEvent(id, "listing.published", "urn:test/listings/1", Instant.EPOCH, "S", null);
    }
}
