package org.xinyong.workflow.exchange;

import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** API.md {@code POST /subscriptions}, {@code GET /subscriptions}, {@code DELETE /subscriptions/{id}} (ADMIN). */
@RestController
@RequestMapping("/api/v1/subscriptions")
public class SubscriptionsController {

    public record NewSubscription(String callbackUrl, List<String> types, String secret) {
    }

    private final Subscriptions subscriptions;

    public SubscriptionsController(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Subscriptions.Subscription create(@RequestBody NewSubscription body, Principal principal) {
        return subscriptions.create(body.callbackUrl(), body.types(), body.secret(), principal.getName());
    }

    @GetMapping
    public List<Subscriptions.Subscription> list() {
        return subscriptions.list();
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(@PathVariable long id) {
        subscriptions.delete(id);
    }
}
