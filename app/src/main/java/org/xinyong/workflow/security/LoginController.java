package org.xinyong.workflow.security;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

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
    public String login(Model model) {
        if (currentUsers.find().isPresent()) {
            return "redirect:/";
        }
        DemoPeopleLoader demo = demoPeople.getIfAvailable();
        model.addAttribute("demoAccounts", demo == null ? List.of() : demo.usernames());
        return "login";
    }
}
