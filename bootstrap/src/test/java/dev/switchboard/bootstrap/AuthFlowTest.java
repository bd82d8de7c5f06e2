package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.switchboard.adapter.web.security.TokenSecret;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class AuthFlowTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    TokenSecret secret;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(server.getURI(), json);
    }

    @Test
    void registerThenLoginThenMeAsTheSameNormalisedEmail() {
        Api.Reply reg = api.post("/api/auth/register", null, "{\"email\":\" Mixed.Case@Example.com \",\"password\":\"s3cret-pass\"}");
        assertEquals(201, reg.status());
        assertEquals("注册成功", reg.map().get("message"));

        Api.Reply login = api.post("/api/auth/login", null, "{\"email\":\"mixed.case@EXAMPLE.com\",\"password\":\"s3cret-pass\"}");
        assertEquals(200, login.status());
        assertEquals("bearer", login.map().get("token_type"));
        String token = (String) login.map().get("access_token");
        assertTrue(token.startsWith("eyJhbGciOiJIUzI1NiJ9."), "HS256-signed");

        Api.Reply me = api.get("/api/auth/me", token);
        assertEquals(200, me.status());
        assertEquals("mixed.case@example.com", me.map().get("email"));
        assertEquals("user", me.map().get("role"));
        assertNotNull(me.map().get("created_at"));
    }

    @Test
    void duplicateEmailsShortPasswordsAndBadAddressesAreRefusedWithClearEnvelopes() {
        api.post("/api/auth/register", null, "{\"email\":\"dup@example.com\",\"password\":\"long-enough\"}");
        Api.Reply dup = api.post("/api/auth/register", null, "{\"email\":\"DUP@example.com\",\"password\":\"long-enough\"}");
        assertEquals(409, dup.status());
        assertEquals("conflict", dup.error().get("type"));

        Api.Reply shortPw = api.post("/api/auth/register", null, "{\"email\":\"x@example.com\",\"password\":\"short\"}");
        assertEquals(400, shortPw.status());
        assertEquals("invalid_request", shortPw.error().get("type"));
        assertTrue(((String) shortPw.error().get("message")).contains("password"));

        Api.Reply badEmail = api.post("/api/auth/register", null, "{\"email\":\"not-an-email\",\"password\":\"long-enough\"}");
        assertEquals(400, badEmail.status());
        assertTrue(((String) badEmail.error().get("message")).contains("email"));

        Api.Reply tooLong = api.post("/api/auth/register", null, "{\"email\":\"y@example.com\",\"password\":\"" + "p".repeat(129) + "\"}");
        assertEquals(400, tooLong.status());
    }

    @Test
    void wrongPasswordsAndUnknownAccountsGetTheSame401() {
        api.post("/api/auth/register", null, "{\"email\":\"w@example.com\",\"password\":\"right-password\"}");
        Api.Reply wrong = api.post("/api/auth/login", null, "{\"email\":\"w@example.com\",\"password\":\"wrong-password\"}");
        Api.Reply unknown = api.post("/api/auth/login", null, "{\"email\":\"nobody@example.com\",\"password\":\"wrong-password\"}");
        assertEquals(401, wrong.status());
        assertEquals(wrong.body(), unknown.body());
        assertEquals("unauthorized", wrong.error().get("type"));
        assertEquals(401, api.post("/api/auth/admin/login", null, "{\"username\":\"admin\",\"password\":\"nope-nope\"}").status());
    }

    @Test
    void adminTokensOpenTheAdminApiAndUserTokensDoNot() {
        String admin = api.adminToken();
        Api.Reply me = api.get("/api/auth/me", admin);
        assertEquals("admin", me.map().get("role"));
        assertEquals("admin", me.map().get("username"));
        assertNull(me.map().get("email"));
        assertEquals(200, api.get("/api/admin/config", admin).status());
        assertEquals(me.map(), api.get("/api/auth/admin/me", admin).map(), "the console's own twin of /api/auth/me");

        String user = api.userToken("u1@example.com", "user-password");
        Api.Reply forbidden = api.get("/api/admin/config", user);
        assertEquals(403, forbidden.status());
        assertEquals("forbidden", forbidden.error().get("type"));
        assertEquals(403, api.get("/api/auth/admin/me", user).status(), "admins only");
        assertEquals(401, api.get("/api/auth/admin/me", null).status());

        Api.Reply anonymous = api.get("/api/admin/channels", null);
        assertEquals(401, anonymous.status());
        assertEquals("unauthorized", anonymous.error().get("type"));
    }

    @Test
    void tamperedExpiredAndUnsignedTokensAre401EvenOnPublicEndpoints() throws Exception {
        String good = api.userToken("t@example.com", "user-password");
        String[] parts = good.split("\\.");
        String forgedClaims = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"sub\":\"t@example.com\",\"uid\":1,\"roles\":[\"ADMIN\"],\"exp\":9999999999}".getBytes());
        String tampered = parts[0] + "." + forgedClaims + "." + parts[2];

        JWTClaimsSet expiredClaims = new JWTClaimsSet.Builder().subject("t@example.com").claim("uid", 1)
                .claim("roles", List.of("USER")).issuer("switchboard")
                .expirationTime(new Date(System.currentTimeMillis() - 60_000))
                .issueTime(new Date(System.currentTimeMillis() - 120_000)).build();
        SignedJWT expired = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), expiredClaims);
        expired.sign(new MACSigner(secret.value().getBytes()));

        String unsigned = new PlainJWT(new JWTClaimsSet.Builder().subject("admin").claim("uid", 1)
                .claim("roles", List.of("ADMIN")).expirationTime(new Date(System.currentTimeMillis() + 60_000)).build())
                .serialize();

        for (String bad : List.of(tampered, expired.serialize(), unsigned, "garbage")) {
            assertEquals(401, api.get("/api/auth/me", bad).status(), bad);
            assertEquals(401, api.get("/api/admin/channels", bad).status(), bad);
            Api.Reply register = api.post("/api/auth/register", bad, "{\"email\":\"z@example.com\",\"password\":\"long-enough\"}");
            assertEquals(401, register.status(), "a bad token never falls back to guest: " + bad);
            assertEquals("unauthorized", register.error().get("type"));
        }
    }

    @Test
    void aCorrectlySignedTokenWithoutAnExpiryOrWithAnOldVersionIsRefused() throws Exception {
        String email = "noexp@example.com";
        String good = api.userToken(email, "user-password");
        long id = ((Number) api.get("/api/auth/me", good).map().get("id")).longValue();
        java.util.function.BiFunction<Integer, Date, String> sign = (version, expiry) -> {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(email).claim("uid", id)
                    .claim("tv", version).claim("jti", java.util.UUID.randomUUID().toString())
                    .claim("roles", List.of("USER")).issuer("switchboard").issueTime(new Date());
            if (expiry != null) {
                claims.expirationTime(expiry);
            }
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
            try {
                jwt.sign(new MACSigner(secret.value().getBytes()));
            } catch (com.nimbusds.jose.JOSEException e) {
                throw new IllegalStateException(e);
            }
            return jwt.serialize();
        };
        Date inAnHour = new Date(System.currentTimeMillis() + 3_600_000);
        assertEquals(200, api.get("/api/auth/me", sign.apply(0, inAnHour)).status(), "the forgery is otherwise right");
        Api.Reply noExpiry = api.get("/api/auth/me", sign.apply(0, null));
        assertEquals(401, noExpiry.status(), noExpiry.body());
        assertEquals("unauthorized", noExpiry.error().get("type"));
        assertEquals(401, api.get("/api/auth/me", sign.apply(1, inAnHour)).status(), "a version the account never had");
        assertEquals(401, api.get("/api/auth/me", sign.apply(null, inAnHour)).status(), "a token from before versions");
    }

    @Test
    void theTokenLastsTwentyFourHours() {
        Map<String, Object> login = api.post("/api/auth/admin/login", null,
                "{\"username\":\"admin\",\"password\":\"admin-test-password\"}").map();
        assertEquals(86400, ((Number) login.get("expires_in")).intValue());
    }
}
