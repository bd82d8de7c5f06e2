package dev.switchboard.domain.group;

import dev.switchboard.domain.shared.InvalidInputException;
import dev.switchboard.domain.shared.Require;
import java.math.BigDecimal;
import java.util.List;

/**
 * A group of users (SPEC §14): its own RPM for members (null = the user RPM setting), the models members may use
 * (empty = all), and monthly quotas for the whole group and for each member, in tokens and in cost (null = no
 * limit). {@code id} is null until stored.
 */
public record Group(GroupId id, String name, Integer rpm, List<String> allowedModels, Long monthlyTokenQuota,
                    BigDecimal monthlyCostQuota, Long memberMonthlyTokenQuota, BigDecimal memberMonthlyCostQuota) {

    public static final int MAX_RPM = 100_000;
    public static final int MAX_MODELS = 200;

    public Group {
        name = Require.text("name", name, 100);
        if (rpm != null) {
            Require.range("rpm", rpm, 1, MAX_RPM);
        }
        allowedModels = allowedModels == null ? List.of()
                : allowedModels.stream().map(m -> Require.text("allowed_models", m, 200)).distinct().toList();
        if (allowedModels.size() > MAX_MODELS) {
            throw new InvalidInputException("allowed_models", "allowed_models may list at most " + MAX_MODELS + " models");
        }
        notNegative("monthly_token_quota", monthlyTokenQuota);
        notNegative("member_monthly_token_quota", memberMonthlyTokenQuota);
        monthlyCostQuota = money("monthly_cost_quota", monthlyCostQuota);
        memberMonthlyCostQuota = money("member_monthly_cost_quota", memberMonthlyCostQuota);
    }

    /** Whether members may use the model: always when the list is empty. */
    public boolean allows(String model) {
        return allowedModels.isEmpty() || allowedModels.contains(model);
    }

    public Group storedAs(GroupId newId) {
        return new Group(newId, name, rpm, allowedModels, monthlyTokenQuota, monthlyCostQuota, memberMonthlyTokenQuota,
                memberMonthlyCostQuota);
    }

    private static void notNegative(String field, Long value) {
        if (value != null && value < 0) {
            throw new InvalidInputException(field, field + " must be zero or more, or null for no limit");
        }
    }

    private static BigDecimal money(String field, BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(1_000_000_000L)) > 0
                || value.stripTrailingZeros().scale() > 9) {
            throw new InvalidInputException(field, field
                    + " must be between 0 and 1000000000 with at most 9 decimals, or null for no limit");
        }
        return value;
    }
}
