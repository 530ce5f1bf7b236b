package org.preptable.gateway.testing;

/** Clients for servers other than a {@link TestGateway}, e.g. a test's own router wired to gateway services. */
public final class TestClients {

    private TestClients() {
    }

    public static ApiClient forBaseUrl(String baseUrl) {
        return new ApiClient(baseUrl);
    }
}
