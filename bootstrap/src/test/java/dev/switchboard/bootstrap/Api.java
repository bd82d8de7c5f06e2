package dev.switchboard.bootstrap;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

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
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body(), r, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
}
