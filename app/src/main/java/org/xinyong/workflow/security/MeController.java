package org.xinyong.workflow.security;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}: who the API sees calling, for any signed-in account. */
@RestController
public class MeController {

    private final CurrentUsers currentUsers;

    public MeController(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @GetMapping("/api/v1/me")
    public Me me() {
        CurrentUser user = currentUsers.require();
        return new Me(user.username(), user.displayName(), user.role(), user.groups().stream().sorted().toList(),
                user.departmentCode(), user.subjectCode());
    }

    public record Me(String username, String displayName, String role, List<String> groups, String departmentCode,
                     String subjectCode) {
    }
}
