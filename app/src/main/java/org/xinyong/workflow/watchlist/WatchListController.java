package org.xinyong.workflow.watchlist;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinyong.workflow.security.CurrentUsers;

/** {@code GET /api/v1/watch-list?subjectCode=} (API.md): the subject's watch-list entries, newest first. */
@RestController
public class WatchListController {

    private final WatchLists watchLists;
    private final CurrentUsers users;

    public WatchListController(WatchLists watchLists, CurrentUsers users) {
        this.watchLists = watchLists;
        this.users = users;
    }

    /** API.md: {@code id}, {@code subjectCode}, {@code recordId}, {@code since}, {@code until}, {@code status}, {@code measures}. */
    public record EntryView(long id, String subjectCode, long recordId, Instant since, Instant until, String status,
                            List<String> measures) {
    }

    @GetMapping("/api/v1/watch-list")
    public List<EntryView> ofSubject(@RequestParam String subjectCode) {
        Instant now = watchLists.now();
        return watchLists.ofSubject(subjectCode.trim(), users.require()).stream()
                .map(entry -> new EntryView(entry.id(), entry.subjectCode(), entry.recordId(), entry.since(),
                        entry.until(), entry.statusAt(now), entry.measures()))
                .toList();
    }
}
