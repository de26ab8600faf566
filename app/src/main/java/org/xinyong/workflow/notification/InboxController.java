package org.xinyong.workflow.notification;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xinyong.workflow.calendar.WorkDates;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.security.CurrentUsers;
import org.xinyong.workflow.security.PeopleRepository;

/**
 * {@code /inbox}: every signed-in user's notifications (their own, their groups', their subject's), newest first;
 * marking one or all as read. Read state is each reader's own.
 */
@Controller
@RequestMapping(InboxController.PAGE)
public class InboxController {

    static final String PAGE = "/inbox";
    private static final String BACK = "redirect:" + PAGE;

    private final Notifications notifications;
    private final CurrentUsers users;
    private final WorkDates dates;
    private final PeopleRepository people;

    public InboxController(Notifications notifications, CurrentUsers users, WorkDates dates,
                           PeopleRepository people) {
        this.notifications = notifications;
        this.users = users;
        this.dates = dates;
        this.people = people;
    }

    /**
     * One notification as the inbox shows it (issue 19.5): the time in the configured zone
     * ({@code xinyong.calendar.zone}) like every other page, and the recipient by name, not by group id.
     *
     * @param to the recipient's name: a group's name in the reader's language, or the subject's code; {@code null}
     *           for the reader themself and for the reader's own subject
     */
    public record InboxEntry(Notification notification, String to, LocalDateTime createdAt) {
    }

    @GetMapping
    public String inbox(Model model, Locale locale) {
        CurrentUser reader = users.require();
        List<Notification> found = notifications.inboxOf(reader);
        Map<String, String> groupNames = new HashMap<>();
        model.addAttribute("entries", found.stream().map(notification -> new InboxEntry(notification,
                to(notification.recipient(), reader, locale, groupNames), dates.local(notification.createdAt())))
                .toList());
        return "notification/inbox";
    }

    private String to(Recipient recipient, CurrentUser reader, Locale locale, Map<String, String> groupNames) {
        return switch (recipient.kind()) {
            case USER -> null;
            case GROUP -> groupNames.computeIfAbsent(recipient.id(), id -> people.findGroup(id)
                    .map(group -> group.name(locale)).filter(name -> name != null && !name.isBlank()).orElse(id));
            case SUBJECT -> recipient.id().equals(reader.subjectCode()) ? null : recipient.id();
        };
    }

    /** Marks one read, then follows its link ({@code then=open}) or returns to the inbox. */
    @PostMapping("/{id}/read")
    public String read(@PathVariable long id, @RequestParam(defaultValue = "inbox") String then) {
        Notification notification = notifications.markRead(users.require(), id);
        if ("open".equals(then) && isInternalPath(notification.link())) {
            return "redirect:" + notification.link();
        }
        return BACK;
    }

    @PostMapping("/read-all")
    public String readAll() {
        notifications.markAllRead(users.require());
        return BACK;
    }

    /** Links are paths inside the application; anything else is never followed (no open redirect). */
    static boolean isInternalPath(String link) {
        return link != null && link.startsWith("/") && !link.startsWith("//") && !link.contains("\\");
    }
}
