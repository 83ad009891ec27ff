package org.tutela.consent;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.tutela.access.CaseAccess.ReleaseScope;
import org.tutela.documents.Document;

/** A Release of Information with whether it is live today, and (for the center's advocates) its signed form. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Release(UUID id, UUID caseId, String caseNumber, UUID survivorId, String survivorName, UUID centerId,
                      String centerName, List<ReleasePurpose> purposes, List<ReleaseScope> scope, LocalDate signedOn,
                      LocalDate expiresOn, LocalDate revokedOn, RevocationReceived revocationReceived, boolean live,
                      List<Document> documents) {
}
