package dev.switchboard.adapter.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.simple.SimpleHttpRequest;
import java.net.InetSocketAddress;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientIpResolverTest {

    private static HttpRequest<?> from(String peer, Map<String, String> headers) {
        MutableHttpRequest<Object> request = new SimpleHttpRequest<>(io.micronaut.http.HttpMethod.GET, "/", null) {
            @Override
            public InetSocketAddress getRemoteAddress() {
                return new InetSocketAddress(peer, 40000);
            }
        };
        headers.forEach(request::header);
        return request;
    }

    private final ClientIpResolver direct = new ClientIpResolver("");
    private final ClientIpResolver behindProxy = new ClientIpResolver("10.0.0.0/8, fd00::/8");

    @Test
    void withoutTrustedProxiesThePeerIsTheClientWhateverTheHeadersSay() {
        assertEquals("203.0.113.5", direct.resolve(from("203.0.113.5", Map.of("X-Forwarded-For", "1.1.1.1"))));
        assertEquals("203.0.113.5", direct.resolve(from("203.0.113.5", Map.of("X-Real-IP", "1.1.1.1"))));
    }

    @Test
    void anUntrustedPeerCannotSpoofEvenWhenProxiesAreConfigured() {
        assertEquals("203.0.113.5", behindProxy.resolve(from("203.0.113.5", Map.of("X-Forwarded-For", "1.1.1.1"))));
    }

    @Test
    void aTrustedProxyIsBelievedFromTheRightSkippingOtherTrustedHops() {
        assertEquals("198.51.100.7", behindProxy.resolve(from("10.0.0.2", Map.of("X-Forwarded-For", "198.51.100.7"))));
        assertEquals("198.51.100.7", behindProxy.resolve(from("10.0.0.2",
                Map.of("X-Forwarded-For", "6.6.6.6, 198.51.100.7, 10.1.1.1"))));
        assertEquals("198.51.100.7", behindProxy.resolve(from("10.0.0.2", Map.of("X-Real-IP", "198.51.100.7"))));
        assertEquals("2001:db8::7", behindProxy.resolve(from("fd00::1", Map.of("X-Forwarded-For", "[2001:DB8::7]:443"))));
        assertEquals("198.51.100.7", behindProxy.resolve(from("10.0.0.2", Map.of("X-Forwarded-For", "198.51.100.7:1234"))));
    }

    @Test
    void garbageInTheHeaderFallsBackToTheLastHopWeTrust() {
        assertEquals("10.0.0.2", behindProxy.resolve(from("10.0.0.2", Map.of("X-Forwarded-For", "not-an-ip"))));
        assertEquals("10.9.9.9", behindProxy.resolve(from("10.0.0.2", Map.of("X-Forwarded-For", "bogus, 10.9.9.9"))));
        assertEquals("10.0.0.2", behindProxy.resolve(from("10.0.0.2", Map.of())));
    }

    @Test
    void addressesComeOutCanonical() {
        assertEquals("192.0.2.1", behindProxy.resolve(from("10.0.0.2", Map.of("X-Forwarded-For", "::ffff:192.0.2.1"))));
        assertEquals("2001:db8::1", direct.resolve(from("2001:db8:0:0:0:0:0:1", Map.of())));
    }

    @Test
    void aBadTrustedProxiesSettingStopsStartUpWithItsName() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new ClientIpResolver("10.0.0.0/99"));
        assertEquals(true, e.getMessage().startsWith("TRUSTED_PROXIES: "));
    }
}
