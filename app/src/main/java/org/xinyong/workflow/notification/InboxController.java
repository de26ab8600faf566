package org.xinyong.workflow.notification;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.security.CurrentUsers;

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

    public InboxController(Notifications notifications, CurrentUsers users) {
        this.notifications = notifications;
        this.users = users;
    }

    @GetMapping
    public String inbox(Model model) {
        CurrentUser reader = users.require();
        model.addAttribute("notifications", notifications.inboxOf(reader));
        return "notification/inbox";
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
