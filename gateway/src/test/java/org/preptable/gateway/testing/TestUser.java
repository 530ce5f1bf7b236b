package org.preptable.gateway.testing;

import java.util.UUID;

/** A signed-in test user: both ids, the credentials and a fresh bearer token. */
public record TestUser(UUID id, long number, String email, String password, String token) {
}
