package dev.switchboard.adapter.web.group;

import dev.switchboard.adapter.web.support.JsonFields;
import dev.switchboard.domain.group.Group;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a group create or edit body strictly ({@link JsonFields}); cost quotas as numbers or numeric strings. On
 * edit an omitted field keeps its stored value and a null one removes the limit; on create omitted = no limit.
 */
final class GroupBody {

    private GroupBody() {
    }

    static Group read(JsonFields f, Group stored) {
        Group base = stored != null ? stored : new Group(null, "-", null, List.of(), null, null, null, null);
        String name = f.has("name") ? f.text("name") : stored == null ? null : base.name();
        List<String> models = f.has("allowed_models") ? f.texts("allowed_models") : base.allowedModels();
        return new Group(base.id(), name, pick(f, "rpm", f::integer, base.rpm()), models,
                pick(f, "monthly_token_quota", f::number, base.monthlyTokenQuota()),
                pick(f, "monthly_cost_quota", f::decimal, base.monthlyCostQuota()),
                pick(f, "member_monthly_token_quota", f::number, base.memberMonthlyTokenQuota()),
                pick(f, "member_monthly_cost_quota", f::decimal, base.memberMonthlyCostQuota()));
    }

    private static <T> T pick(JsonFields f, String field, Function<String, T> reader, T stored) {
        return f.has(field) ? reader.apply(field) : stored;
    }
}
