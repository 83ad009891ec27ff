package org.tutela.access;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.tutela.directory.CurrentUser;
import org.tutela.directory.Role;

/**
 * Who reads and keeps a provider's contract records (trainings, meetings, the leadership committee's roster): the
 * provider is the DV center that employs the BAS. Its BAS and DV advocates read them, and the contract managers and
 * program leaders of its region, who judge the provider by them; nobody else. None of these records holds case
 * content: a survivor named in them is only ever named under a Release of Information.
 */
@Component
public class ProviderRecords {

    /** The providers whose records the user reads, as a condition on {@code organization} aliased {@code alias}. */
    public SqlCondition readable(CurrentUser user, String alias) {
        return switch (user.role()) {
            case BAS, DV_ADVOCATE -> new SqlCondition(alias + ".id = ?", List.of(user.organizationId()));
            case CONTRACT_MANAGER, PROGRAM_LEADER -> new SqlCondition(alias + ".region_id = ?",
                    List.of(user.regionId()));
            default -> new SqlCondition("false", List.of());
        };
    }

    /** The provider the user keeps records for (their own DV center), when they are its BAS or advocate. */
    public java.util.Optional<UUID> keptBy(CurrentUser user) {
        return user.is(Role.BAS, Role.DV_ADVOCATE) ? java.util.Optional.of(user.organizationId())
                : java.util.Optional.empty();
    }
}
