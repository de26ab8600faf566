package org.xinyong.workflow.security;

import java.util.Optional;

/**
 * Resolves a bearer token of a registered API client to the user it acts as (issue 17). Implemented where the clients
 * are administered ({@code admin.clients}); the API's filter chain only asks.
 */
public interface ApiTokenAuthenticator {

    /** The client's user for a token that is registered, not revoked and not expired; empty for any other. */
    Optional<CurrentUser> authenticate(String token);
}
