package org.xinyong.workflow.home;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.security.CurrentUsers;
import org.xinyong.workflow.security.PeopleRepository;

/** {@code /}: the signed-in user's starting point, by role. */
@Controller
public class HomeController {

    private final CurrentUsers currentUsers;
    private final PeopleRepository people;

    public HomeController(CurrentUsers currentUsers, PeopleRepository people) {
        this.currentUsers = currentUsers;
        this.people = people;
    }

    @GetMapping("/")
    public String home(Model model, Locale locale) {
        CurrentUser user = currentUsers.require();
        List<String> groupNames = user.groups().stream().sorted()
                .map(id -> people.findGroup(id).map(group -> group.name(locale)).orElse(id))
                .toList();
        model.addAttribute("groupNames", groupNames);
        return "home/index";
    }
}
