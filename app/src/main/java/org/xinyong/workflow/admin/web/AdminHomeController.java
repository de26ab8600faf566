package org.xinyong.workflow.admin.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The administration home ({@code /admin}, ADMIN only): links to users, calendar, rule sets and measures. */
@Controller
public class AdminHomeController {

    @GetMapping("/admin")
    public String home() {
        return "admin/index";
    }
}
