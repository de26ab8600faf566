package org.xinyong.workflow.security;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.security.web.WebAttributes;
import org.xinyong.workflow.security.throttle.LoginRefusal;
import org.xinyong.workflow.security.throttle.LoginThrottledException;

/** The sign-in page; in the demo profile it names the demo accounts. */
@Controller
public class LoginController {

    private final CurrentUsers currentUsers;
    private final ObjectProvider<DemoPeopleLoader> demoPeople;

    public LoginController(CurrentUsers currentUsers, ObjectProvider<DemoPeopleLoader> demoPeople) {
        this.currentUsers = currentUsers;
        this.demoPeople = demoPeople;
    }

    @GetMapping(SecurityConfig.LOGIN_PAGE)
    public String login(Model model, HttpServletRequest request) {
        if (currentUsers.find().isPresent()) {
            return "redirect:/";
        }
        DemoPeopleLoader demo = demoPeople.getIfAvailable();
        model.addAttribute("demoAccounts", demo == null ? List.of() : demo.usernames());
        if (request.getParameterMap().containsKey("throttled")) {
            addThrottleMessage(model, request.getSession(false));
        }
        return "login";
    }

    /** Issue 18.3: the refusal that SecurityConfig.loginFailures() kept in the session says how long to wait. */
    private static void addThrottleMessage(Model model, HttpSession session) {
        Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failure instanceof LoginThrottledException throttled) {
            LoginRefusal refusal = throttled.refusal();
            model.addAttribute("throttleKey", "login.throttled." + refusal.kind().name().toLowerCase(Locale.ROOT));
            model.addAttribute("throttleArguments",
                    new Object[] {refusal.locked() ? refusal.retryMinutes() : refusal.retrySeconds()});
        } else {
            model.addAttribute("throttleKey", "login.throttled");
            model.addAttribute("throttleArguments", new Object[0]);
        }
    }
}
