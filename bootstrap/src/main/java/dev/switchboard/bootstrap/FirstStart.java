package dev.switchboard.bootstrap;

import dev.switchboard.application.port.in.auth.ProvisionAdminUseCase;
import dev.switchboard.adapter.web.security.TokenSecret;
import dev.switchboard.application.port.in.settings.ManageSettingsUseCase;
import dev.switchboard.application.port.out.security.SecretCipher;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Before the port opens: the key files exist, the initial admin exists and the settings row holds the
 * configured defaults.
 */
@Singleton
class FirstStart {

    private static final Logger LOG = LoggerFactory.getLogger(FirstStart.class);

    private final ProvisionAdminUseCase admins;
    private final ManageSettingsUseCase settings;
    private final String username;
    private final String password;

    // The secrets are injected only to be resolved now: generated key files exist from the first start.
    FirstStart(ProvisionAdminUseCase admins, ManageSettingsUseCase settings, TokenSecret tokenSecret,
               SecretCipher cipher,
               @Value("${switchboard.admin.username:admin}") String username,
               @Value("${switchboard.admin.password:}") String password) {
        this.admins = admins;
        this.settings = settings;
        this.username = username;
        this.password = password;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        settings.ensureInitialised();
        Optional<String> configured = password.isBlank() ? Optional.empty() : Optional.of(password);
        admins.ensureInitialAdmin(username, configured).ifPresent(generated -> LOG.warn(
                "\n==============================================================\n"
                        + " First start: created admin '{}' with the generated password\n"
                        + "     {}\n"
                        + " It is shown only this once. Sign in at /admin and keep it safe,\n"
                        + " or set ADMIN_PASSWORD and restart to choose your own.\n"
                        + "==============================================================",
                username, generated));
    }
}
