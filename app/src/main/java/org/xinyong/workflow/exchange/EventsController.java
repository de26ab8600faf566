package org.xinyong.workflow.exchange;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinyong.workflow.errors.InvalidFieldException;

/**
 * API.md {@code GET /events?after=&limit=}: the outbox in id order. {@code next} is the cursor to send as
 * {@code after} for the following page (opaque to clients; today the last id answered, or the given cursor when
 * nothing is new). At least once: a client that loses its cursor re-reads and de-duplicates by {@code id}.
 */
@RestController
@RequestMapping("/api/v1/events")
public class EventsController {

    public record Page(List<FeedEvent> events, String next) {
    }

    private final ExchangeEvents events;
    private final ExchangeProperties properties;

    public EventsController(ExchangeEvents events, ExchangeProperties properties) {
        this.events = events;
        this.properties = properties;
    }

    @GetMapping
    public Page events(@RequestParam(required = false) String after, @RequestParam(required = false) String limit) {
        long afterId = cursor(after);
        int size = limit(limit);
        List<FeedEvent> page = events.after(afterId, size);
        String next = page.isEmpty() ? String.valueOf(afterId) : page.get(page.size() - 1).id();
        return new Page(page, next);
    }

    private static long cursor(String after) {
        if (after == null || after.isBlank()) {
            return 0;
        }
        try {
            long id = Long.parseLong(after.trim());
            if (id >= 0) {
                return id;
            }
        } catch (NumberFormatException notACursor) {
            // answered below
        }
        throw new InvalidFieldException("after", "exchange.events.after", after);
    }

    private int limit(String limit) {
        int max = properties.feed().maxLimit();
        if (limit == null || limit.isBlank()) {
            return Math.min(properties.feed().defaultLimit(), max);
        }
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new InvalidFieldException("limit", "exchange.events.limit", limit, max);
    }
}
