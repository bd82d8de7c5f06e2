package dev.switchboard.bootstrap;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * What the HTTP tests of the relay share: the running app, a scripted upstream for the whole class, the API
 * helper with an admin token, and a plain HTTP client for streaming requests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class UpstreamHttpTestSupport {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    MockUpstream upstream;
    Api api;
    String admin;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void startUpstream() throws Exception {
        upstream = new MockUpstream();
    }

    @AfterAll
    void stopUpstream() {
        upstream.close();
    }

    @BeforeEach
    void signInAdmin() {
        api = new Api(server.getURI(), json);
        admin = api.adminToken();
    }
}
