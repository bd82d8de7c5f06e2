package dev.switchboard.application.port.in.settings;

import dev.switchboard.domain.settings.QuotaSettings;

/** Use case: read and change the currency label and the default quotas (SPEC §14). */
public interface ManageQuotaSettingsUseCase {

    /** Non-blocking: answers from memory. */
    QuotaSettings current();

    QuotaSettings update(QuotaSettings settings);
}
