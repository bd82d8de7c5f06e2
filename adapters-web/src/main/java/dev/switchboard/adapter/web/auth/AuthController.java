package dev.switchboard.adapter.web.auth;

import dev.switchboard.adapter.web.error.ErrorEnvelope;
import dev.switchboard.adapter.web.error.ErrorType;
import dev.switchboard.adapter.web.security.Claims;
import dev.switchboard.adapter.web.security.TokenIssuer;
import dev.switchboard.adapter.web.support.ApiTime;
import dev.switchboard.adapter.web.support.ClientIpResolver;
import dev.switchboard.application.error.NotFoundException;
import dev.switchboard.application.port.in.auth.EndSessionsUseCase;
import dev.switchboard.application.port.in.auth.FindPrincipalQuery;
import dev.switchboard.application.port.in.auth.Principal;
import dev.switchboard.application.port.in.auth.RegisterUserUseCase;
import dev.switchboard.application.port.in.auth.ThrottledSignInUseCase;
import dev.switchboard.domain.user.Role;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/** Sign-up and sign-in for users and admins. bcrypt is slow, so everything runs on the blocking pool. */
@Controller("/api/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "auth")
class AuthController {

    private static final String THROTTLING = "After 10 failures in 15 minutes on one account from one IP, or 50 "
            + "from one IP: 429 with Retry-After. Many failures on one account from anywhere only slow its "
            + "sign-ins down (up to 5 s), never lock it";

    private final RegisterUserUseCase registration;
    private final ThrottledSignInUseCase signIn;
    private final ClientIpResolver clientIp;
    private final FindPrincipalQuery principals;
    private final TokenIssuer tokens;
    private final ApiTime time;
    private final EndSessionsUseCase sessions;
    private final Scheduler blocking;

    AuthController(RegisterUserUseCase registration, ThrottledSignInUseCase signIn, ClientIpResolver clientIp,
                   FindPrincipalQuery principals, TokenIssuer tokens, ApiTime time, EndSessionsUseCase sessions,
                   @Named(TaskExecutors.BLOCKING) ExecutorService blockingPool) {
        this.sessions = sessions;
        this.registration = registration;
        this.signIn = signIn;
        this.clientIp = clientIp;
        this.principals = principals;
        this.tokens = tokens;
        this.time = time;
        this.blocking = Schedulers.fromExecutorService(blockingPool);
    }

    @Operation(summary = "Register an end user with e-mail and password (8-128 characters). 403 forbidden while "
            + "registration is closed; 429 with Retry-After beyond the sign-ups per IP and hour")
    @Post("/register")
    @Status(HttpStatus.CREATED)
    AuthResponses.Message register(HttpRequest<?> request, @Body Credentials.EmailPassword body) {
        registration.signUp(clientIp.resolve(request), body.email(), body.password());
        return new AuthResponses.Message("注册成功");
    }

    @Operation(summary = "Sign in an end user; the token is valid 24 hours. A disabled account: 403 account_disabled. "
            + THROTTLING)
    @Post("/login")
    Mono<AuthResponses.Token> login(HttpRequest<?> request, @Body Credentials.EmailPassword body) {
        String ip = clientIp.resolve(request);
        return after(signIn.pauseBeforeUser(body.email()),
                () -> token(signIn.signInUser(ip, body.email(), body.password())));
    }

    @Operation(summary = "Sign in an administrator; the token is valid 24 hours. " + THROTTLING)
    @Post("/admin/login")
    Mono<AuthResponses.Token> adminLogin(HttpRequest<?> request, @Body Credentials.UsernamePassword body) {
        String ip = clientIp.resolve(request);
        return after(signIn.pauseBeforeAdmin(body.username()),
                () -> token(signIn.signInAdmin(ip, body.username(), body.password())));
    }

    /**
     * Runs the sign-in on the blocking pool once {@code pause} has passed. The pause is a timer, not a sleep:
     * no thread waits through it, so a flood of slowed attempts ties up neither the event loop nor the pool.
     */
    private Mono<AuthResponses.Token> after(Duration pause, Callable<AuthResponses.Token> signInNow) {
        Mono<AuthResponses.Token> now = Mono.fromCallable(signInNow).subscribeOn(blocking);
        return pause.isZero() ? now : Mono.delay(pause).then(now);
    }

    @Operation(summary = "The signed-in user or admin")
    @SecurityRequirement(name = "bearerAuth")
    @Get("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> me(Authentication authentication) {
        return Claims.role(authentication)
                .flatMap(role -> principals.find(role, Claims.id(authentication)))
                .<HttpResponse<?>>map(p -> HttpResponse.ok(AuthResponses.Me.of(p, time.format(p.createdAt()))))
                .orElseGet(() -> HttpResponse.<ErrorEnvelope>status(HttpStatus.UNAUTHORIZED)
                        .body(ErrorType.UNAUTHORIZED.envelope("this account no longer exists")));
    }

    @Operation(summary = "The signed-in admin, for the admin console. Like /api/auth/me, but on the admin side, "
            + "which the IP blocklist never applies to")
    @SecurityRequirement(name = "bearerAuth")
    @Get("/admin/me")
    @Secured("ADMIN")
    HttpResponse<?> adminMe(Authentication authentication) {
        return me(authentication);
    }

    @Operation(summary = "Sign out: the presented token is refused from now on (until it would have expired)")
    @SecurityRequirement(name = "bearerAuth")
    @Post("/logout")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Status(HttpStatus.NO_CONTENT)
    void logout(Authentication authentication) {
        sessions.logout(Claims.tokenId(authentication),
                Claims.expiry(authentication).orElseGet(() -> java.time.Instant.now().plusSeconds(tokens.lifetimeSeconds())));
    }

    @Operation(summary = "Sign out everywhere: every token of this account is refused from now on")
    @SecurityRequirement(name = "bearerAuth")
    @Post("/logout-all")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Status(HttpStatus.NO_CONTENT)
    void logoutAll(Authentication authentication) {
        Role role = Claims.role(authentication).orElseThrow(() -> new NotFoundException("no such account"));
        sessions.logoutEverywhere(role, Claims.id(authentication));
    }

    private AuthResponses.Token token(Principal principal) {
        return AuthResponses.Token.bearer(tokens.issue(principal), tokens.lifetimeSeconds(), principal.role());
    }
}
