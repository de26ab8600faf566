package org.xinyong.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.xinyong.workflow.security.AppUserDetailsService;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.security.CurrentUsers;

/**
 * {@code /inbox}: a reader sees their own, their groups' and their subject's notifications and nobody else's; read
 * state is per reader; every change needs the CSRF token. Each test sends its own notices (unique markers), so the
 * shared context's other data does not matter.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class InboxPagesTest {

    static final String ENT1 = "91230400MA19XY0035";
    static final String ENT2 = "91410526MA3X00004Y";

    @Autowired
    MockMvc mvc;
    @Autowired
    Notifications notifications;
    @Autowired
    NotificationRepository repository;
    @Autowired
    AppUserDetailsService userDetails;
    @Autowired
    org.xinyong.workflow.calendar.CalendarProperties calendar;

    @Test
    void staffSeesOwnAndOwnGroupsNotificationsOnly() throws Exception {
        String mine = send(Recipient.user("amr"));
        String myGroup = send(Recipient.group("dept-amr"));
        String otherUser = send(Recipient.user("tax"));
        String otherGroup = send(Recipient.group("dept-tax"));
        String someSubject = send(Recipient.subject(ENT1));

        mvc.perform(get("/inbox").with(account("amr")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(mine), containsString(myGroup),
                        not(containsString(otherUser)), not(containsString(otherGroup)),
                        not(containsString(someSubject)))));
    }

    @Test
    void enterpriseSeesItsSubjectsNotificationsOnly() throws Exception {
        String own = send(Recipient.subject(ENT1));
        String other = send(Recipient.subject(ENT2));
        String staff = send(Recipient.group("dept-amr"));

        mvc.perform(get("/inbox").with(account("ent1")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(own), not(containsString(other)),
                        not(containsString(staff)))));
    }

    @Test
    void navbarBadgeCountsTheReadersUnreadNotifications() throws Exception {
        send(Recipient.user("amr"));
        int unread = notifications.unreadCount(reader("amr"));
        assertThat(unread).isPositive();

        String html = mvc.perform(get("/").with(account("amr"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Element badge = Jsoup.parse(html).getElementById("app-inbox-unread");
        assertThat(badge).isNotNull();
        assertThat(badge.text()).isEqualTo(String.valueOf(unread));
        assertThat(badge.parent().attr("href")).isEqualTo("/inbox");
    }

    @Test
    void markingAGroupNotificationReadIsThatMembersOwn() throws Exception {
        String marker = send(Recipient.group("dept-amr"));
        long id = idOf("amr", marker);

        mvc.perform(post("/inbox/" + id + "/read").with(account("amr")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/inbox"));

        assertThat(repository.find(reader("amr"), id).orElseThrow().isUnread()).isFalse();
        CurrentUser colleague = new CurrentUser("amr-colleague", "同事", "STAFF", java.util.Set.of("dept-amr"), "amr",
                null);
        assertThat(repository.find(colleague, id).orElseThrow().isUnread()).as("another member's read state")
                .isTrue();
        mvc.perform(get("/inbox").with(user("amr-colleague").authorities(new SimpleGrantedAuthority("ROLE_STAFF"),
                        new SimpleGrantedAuthority("GROUP_dept-amr"))))
                .andExpect(content().string(containsString(marker)))
                .andExpect(content().string(containsString("id=\"notification-" + id + "-mark-read\"")));
    }

    @Test
    void markingReadWithoutTheCsrfTokenIsRefused() throws Exception {
        String marker = send(Recipient.user("amr"));
        long id = idOf("amr", marker);

        mvc.perform(post("/inbox/" + id + "/read").with(account("amr")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/inbox/read-all").with(account("amr")))
                .andExpect(status().isForbidden());

        assertThat(repository.find(reader("amr"), id).orElseThrow().isUnread()).isTrue();
    }

    @Test
    void anotherReadersNotificationIsNotFound() throws Exception {
        String marker = send(Recipient.user("amr"));
        long id = idOf("amr", marker);

        mvc.perform(post("/inbox/" + id + "/read").with(account("tax")).with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(repository.find(reader("amr"), id).orElseThrow().isUnread()).isTrue();
    }

    @Test
    void openingFollowsTheInternalLinkOnly() throws Exception {
        String marker = send(Recipient.user("amr"), "/work/cases/OBJECTION/1");
        String external = send(Recipient.user("amr"), "//evil.example/phish");

        mvc.perform(post("/inbox/" + idOf("amr", marker) + "/read").param("then", "open")
                        .with(account("amr")).with(csrf()))
                .andExpect(redirectedUrl("/work/cases/OBJECTION/1"));
        mvc.perform(post("/inbox/" + idOf("amr", external) + "/read").param("then", "open")
                        .with(account("amr")).with(csrf()))
                .andExpect(redirectedUrl("/inbox"));
    }

    @Test
    void markAllReadEmptiesTheBadge() throws Exception {
        send(Recipient.user("tax-head"));
        send(Recipient.group("dept-tax-head"));

        mvc.perform(post("/inbox/read-all").with(account("tax-head")).with(csrf()))
                .andExpect(redirectedUrl("/inbox"));

        assertThat(notifications.unreadCount(reader("tax-head"))).isZero();
        mvc.perform(get("/inbox").with(account("tax-head")))
                .andExpect(content().string(not(containsString("id=\"app-inbox-unread\""))));
    }

    @Test
    void inboxSpeaksChineseFirstAndEnglishOnRequestWithEveryStringFromTheBundles() throws Exception {
        send(Recipient.subject(ENT1));

        mvc.perform(get("/inbox").with(account("ent1")))
                .andExpect(content().string(allOf(containsString("<title>通知"), containsString("发给本单位"),
                        containsString("标记为已读"), not(containsString("??")))));
        mvc.perform(get("/inbox").param("lang", "en").with(account("ent1")))
                .andExpect(content().string(allOf(containsString("<title>Notifications"),
                        containsString("To your organisation"), containsString("Mark as read"),
                        not(containsString("??")))));
    }

    /** Issue 19.5: recipients appeared as group ids ("发给 dept-amr") and times in UTC. */
    @Test
    void groupsAreNamedAndTimesAreInTheConfiguredZone() throws Exception {
        String marker = send(Recipient.group("dept-amr"));
        Notification sent = repository.inboxOf(reader("amr")).stream().filter(n -> n.body().contains(marker))
                .findFirst().orElseThrow();

        Element entry = Jsoup.parse(mvc.perform(get("/inbox").with(account("amr")))
                .andReturn().getResponse().getContentAsString()).getElementById("notification-" + sent.id());
        assertThat(entry.select(".notification-to").text()).isEqualTo("发给 市场监督管理局");
        assertThat(entry.text()).doesNotContain("dept-amr");
        String local = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(sent.createdAt().atZone(calendar.zone()));
        assertThat(entry.select("time").text()).as("in %s", calendar.zone()).isEqualTo(local);
        assertThat(calendar.zone()).isEqualTo(java.time.ZoneId.of("Asia/Shanghai"));

        Element english = Jsoup.parse(mvc.perform(get("/inbox").param("lang", "en").with(account("amr")))
                .andReturn().getResponse().getContentAsString()).getElementById("notification-" + sent.id());
        assertThat(english.select(".notification-to").text()).isEqualTo("To Market regulation administration");
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/inbox"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void everyRoleMayOpenItsInbox() throws Exception {
        for (String username : List.of("admin", "credit", "supervisor", "checker", "ent2")) {
            mvc.perform(get("/inbox").with(account(username))).andExpect(status().isOk());
        }
    }

    /** Sends a reminder whose body carries a unique marker; answers the marker. */
    private String send(Recipient to) {
        return send(to, null);
    }

    private String send(Recipient to, String link) {
        String marker = "M" + UUID.randomUUID().toString().substring(0, 12);
        assertThat(notifications.send(new Notice("test:" + marker, to, "notification.objection.reminder",
                List.of(marker, ENT1, "2026-05-20"), link, null, null, null))).isTrue();
        return marker;
    }

    private long idOf(String username, String marker) {
        return repository.inboxOf(reader(username)).stream().filter(n -> n.body().contains(marker)).findFirst()
                .orElseThrow().id();
    }

    private CurrentUser reader(String username) {
        return ((org.xinyong.workflow.security.AppUserDetails) userDetails.loadUserByUsername(username)).currentUser();
    }

    private RequestPostProcessor account(String username) {
        UserDetails details = userDetails.loadUserByUsername(username);
        return user(details);
    }
}
