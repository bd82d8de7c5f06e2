package dev.switchboard.bootstrap;

import dev.switchboard.adapter.persistence.crypto.AesGcmSecretCipher;
import dev.switchboard.adapter.persistence.crypto.BcryptPasswordHasher;
import dev.switchboard.adapter.web.security.TokenSecret;
import dev.switchboard.application.port.in.auth.FindPrincipalQuery;
import dev.switchboard.application.port.in.auth.ProvisionAdminUseCase;
import dev.switchboard.application.port.in.auth.SignInUseCase;
import dev.switchboard.application.port.in.channel.ChannelTrafficQuery;
import dev.switchboard.application.port.in.channel.ManageChannelsUseCase;
import dev.switchboard.application.port.in.settings.ManageSettingsUseCase;
import dev.switchboard.application.port.out.change.ChangeFeed;
import dev.switchboard.application.port.out.channel.ChannelRepository;
import dev.switchboard.application.port.out.ratelimit.RateLimiter;
import dev.switchboard.application.port.out.security.PasswordHasher;
import dev.switchboard.application.port.out.security.SecretCipher;
import dev.switchboard.application.port.out.settings.SettingsRepository;
import dev.switchboard.application.port.out.user.AdminRepository;
import dev.switchboard.application.port.out.user.UserRepository;
import dev.switchboard.application.service.auth.AccountStates;
import dev.switchboard.application.service.auth.AdminProvisioningService;
import dev.switchboard.application.service.auth.PrincipalQueryService;
import dev.switchboard.application.service.auth.SignInService;
import dev.switchboard.application.service.channel.ChannelHealthService;
import dev.switchboard.application.service.channel.ChannelService;
import dev.switchboard.application.service.channel.HealthAwareChannels;
import dev.switchboard.application.service.channel.ChannelTrafficService;
import dev.switchboard.application.service.settings.SettingsService;
import dev.switchboard.domain.settings.SystemSettings;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;

/** Wires the plain-Java use cases to their adapters; the one place that knows every module. */
@Factory
class ApplicationFactory {

    @Singleton
    Clock clock(@Value("${switchboard.timezone:}") String timezone) {
        return timezone.isBlank() ? Clock.systemDefaultZone() : Clock.system(ZoneId.of(timezone));
    }

    @Singleton
    DataDirectorySecrets dataDirectorySecrets(@Value("${switchboard.database-path}") String databasePath,
                                              @Value("${switchboard.database.url:}") String databaseUrl,
                                              @Value("${switchboard.secret-key:}") String secretKey,
                                              @Value("${switchboard.encryption-key:}") String encryptionKey) {
        // Main checks the environment first; this catches the same gap when keys come from other sources.
        SharedDatabaseSecrets.missing(databaseUrl, secretKey, encryptionKey).ifPresent(message -> {
            throw new IllegalStateException(message);
        });
        Path parent = Path.of(databasePath).toAbsolutePath().getParent();
        return new DataDirectorySecrets(parent);
    }

    @Singleton
    TokenSecret tokenSecret(DataDirectorySecrets secrets, @Value("${switchboard.secret-key:}") String secretKey) {
        return new TokenSecret(secrets.resolve(secretKey, "secret.key"));
    }

    @Singleton
    SecretCipher secretCipher(DataDirectorySecrets secrets,
                              @Value("${switchboard.encryption-key:}") String encryptionKey) {
        return new AesGcmSecretCipher(secrets.resolve(encryptionKey, "encryption.key"));
    }

    @Singleton
    PasswordHasher passwordHasher(@Value("${switchboard.bcrypt-cost:12}") int cost) {
        return new BcryptPasswordHasher(cost);
    }

    @Singleton
    SignInUseCase signIn(UserRepository users, AdminRepository admins, PasswordHasher hasher) {
        return new SignInService(users, admins, hasher);
    }

    @Singleton
    FindPrincipalQuery findPrincipal(UserRepository users, AdminRepository admins) {
        return new PrincipalQueryService(users, admins);
    }

    @Singleton
    ProvisionAdminUseCase provisionAdmin(AdminRepository admins, PasswordHasher hasher, Clock clock,
                                         AccountStates accounts) {
        return new AdminProvisioningService(admins, hasher, clock, accounts);
    }

    @Singleton
    ManageChannelsUseCase manageChannels(ChannelRepository channels, SecretCipher cipher, Clock clock,
                                         ChangeFeed changes, ChannelHealthService health) {
        return new HealthAwareChannels(new ChannelService(channels, cipher, clock, changes), health);
    }

    @Singleton
    ChannelTrafficQuery channelTraffic(RateLimiter limiter) {
        return new ChannelTrafficService(limiter);
    }

    @Singleton
    ManageSettingsUseCase manageSettings(SettingsRepository settings, ChangeFeed changes,
                                         @Value("${switchboard.defaults.guest-rpm:10}") int guestRpm,
                                         @Value("${switchboard.defaults.user-rpm:60}") int userRpm,
                                         @Value("${switchboard.defaults.log-retention-days:90}") int retention,
                                         @Value("${switchboard.defaults.registration:open}") String registration,
                                         @Value("${switchboard.defaults.registrations-per-ip-hour:5}") int perIpHour) {
        return new SettingsService(settings, new SystemSettings(guestRpm, userRpm, retention, registration, perIpHour),
                changes);
    }
}
