package org.tutela.reporting;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.tutela.directory.OrganizationType;

/**
 * A case of a measure's denominator: counted (by the consultation on {@code countedOn} with an agency of
 * {@code countedAgency}) or not, and why not. Never a name or a note: the case's id only for the BAS, who may open it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseLine(UUID caseId, String caseNumber, boolean counted, LocalDate countedOn,
                       OrganizationType countedAgency, List<Reason> reasons) {
}
