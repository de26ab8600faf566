package org.xinyong.workflow.admin.clients;

import java.net.URI;
import java.time.LocalDate;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.xinyong.workflow.security.CurrentUsers;

/**
 * {@code POST /api/v1/api-clients} (API.md, ADMIN): registers a machine client; 201 with {@code clientId} and the secret
 * token, shown once. Clients then send {@code Authorization: Bearer <token>}.
 */
@RestController
public class ApiClientController {

    private final ApiClients clients;
    private final CurrentUsers users;

    public ApiClientController(ApiClients clients, CurrentUsers users) {
        this.clients = clients;
        this.users = users;
    }

    public record RegisterRequest(String name, String role, String departmentCode, LocalDate expiresOn) {
    }

    @PostMapping("/api/v1/api-clients")
    public ResponseEntity<ApiClients.Registered> register(@RequestBody RegisterRequest request) {
        ApiClients.Registered registered = clients.register(request.name(), request.role(), request.departmentCode(),
                request.expiresOn(), users.require());
        return ResponseEntity.created(URI.create("/api/v1/api-clients/" + registered.clientId())).body(registered);
    }
}
