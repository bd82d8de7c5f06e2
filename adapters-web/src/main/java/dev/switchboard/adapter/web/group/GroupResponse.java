package dev.switchboard.adapter.web.group;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.switchboard.domain.group.Group;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.math.BigDecimal;
import java.util.List;

/** A group as the API shows it (SPEC §14); null = no limit (or, for {@code rpm}, the user RPM setting). */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
record GroupResponse(long id, String name, @Nullable Integer rpm, List<String> allowedModels,
                     @Nullable Long monthlyTokenQuota, @Nullable BigDecimal monthlyCostQuota,
                     @Nullable Long memberMonthlyTokenQuota, @Nullable BigDecimal memberMonthlyCostQuota) {

    static GroupResponse fromDomain(Group g) {
        return new GroupResponse(g.id().value(), g.name(), g.rpm(), g.allowedModels(), g.monthlyTokenQuota(),
                g.monthlyCostQuota(), g.memberMonthlyTokenQuota(), g.memberMonthlyCostQuota());
    }
}
