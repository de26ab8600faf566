package org.xinyong.workflow.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Landing pages of the screens other features are building (API.md "Screens"). Each only says what will come;
 * a feature replaces its mapping and template when it lands.
 */
@Controller
public class PlaceholderPagesController {

    @GetMapping("/dashboard")
    public String dashboard() {
        return "dashboard/index";
    }
}
