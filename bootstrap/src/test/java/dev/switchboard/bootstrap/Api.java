package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

/** A plain HTTP client for end-to-end tests: raw status, headers and body, no exceptions on 4xx. */
final class Api {

    private final HttpClient client = HttpClient.newHttpClient();
    private final URI base;
    private final JsonMapper json;

    Api(URI base, JsonMapper json) {
        this.base = base;
        this.json = json;
    }

    record Reply(int status, String body, HttpResponse<String> raw, JsonMapper json) {
        Map<String, Object> map() {
            try {
                return json.readValue(body, io.micronaut.core.type.Argument.mapOf(String.class, Object.class));
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> error() {
            return (Map<String, Object>) map().get("error");
        }

        java.util.List<Object> list() {
            try {
                return json.readValue(body, io.micronaut.core.type.Argument.listOf(Object.class));
            } catch (IOException e) {
                throw new UncheckedIOException("not a JSON list: " + body, e);
            }
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    Reply send(String method, String path, String token, String contentType, String body) {
        return send(method, path, token, contentType, body, Map.of());
    }

    /** With extra request headers, e.g. {@code X-Forwarded-For}. */
    Reply send(String method, String path, String token, String contentType, String body, Map<String, String> headers) {
        try {
            HttpResponse<String> r = client.send(request(method, path, token, contentType, body, headers),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body(), r, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A guest's JSON POST to send yourself: with a streaming body handler, or many at once with {@code sendAsync}. */
    HttpRequest postRequest(String path, String jsonBody) {
        return postRequest(path, null, jsonBody, Map.of());
    }

    HttpRequest postRequest(String path, String token, String jsonBody, Map<String, String> headers) {
        return request("POST", path, token, "application/json", jsonBody, headers);
    }

    private HttpRequest request(String method, String path, String token, String contentType, String body,
                                Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return b.build();
    }

    Reply get(String path, String token) {
        return send("GET", path, token, null, null);
    }

    Reply post(String path, String token, String jsonBody) {
        return send("POST", path, token, "application/json", jsonBody);
    }

    Reply put(String path, String token, String jsonBody) {
        return send("PUT", path, token, "application/json", jsonBody);
    }

    Reply delete(String path, String token) {
        return send("DELETE", path, token, null, null);
    }

    String adminToken() {
        Reply r = post("/api/auth/admin/login", null, "{\"username\":\"admin\",\"password\":\"admin-test-password\"}");
        return (String) r.map().get("access_token");
    }

    String userToken(String email, String password) {
        post("/api/auth/register", null, "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
        Reply r = post("/api/auth/login", null, "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
        return (String) r.map().get("access_token");
    }

    /** A model id no other test uses, so that channels and usage rows of different tests never mix. */
    static String uniqueModel() {
        return "m-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Adds a channel with the default RPM limit as the admin, expecting 201; returns its id. */
    long addChannel(String adminToken, String name, String baseUrl, String apiKey, String modelId) {
        return addChannel(adminToken, name, baseUrl, apiKey, modelId, null);
    }

    /** Adds a channel as the admin, expecting 201; a null {@code rpmLimit} is left out (the default). */
    long addChannel(String adminToken, String name, String baseUrl, String apiKey, String modelId, Integer rpmLimit) {
        Reply r = post("/api/admin/channels", adminToken, "{\"name\":\"" + name + "\",\"base_url\":\"" + baseUrl
                + "\",\"api_key\":\"" + apiKey + "\",\"model_id\":\"" + modelId + "\""
                + (rpmLimit == null ? "" : ",\"rpm_limit\":" + rpmLimit) + "}");
        assertEquals(201, r.status(), r.body());
        return ((Number) r.map().get("id")).longValue();
    }
}
