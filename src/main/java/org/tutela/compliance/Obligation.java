package org.tutela.compliance;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An obligation with its checks, status history and, for a firearm surrender, its follow-up. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Obligation(UUID id, UUID monitoringId, UUID caseId, String caseNumber, ObligationSource source,
                         InjunctionKind injunctionKind, String issuer, String orderNumber, LocalDate orderedOn,
                         String requirement, LocalDate dueOn, String recurrence, ObligationStatus status,
                         List<Check> checks, List<StatusChange> statusHistory, FirearmFollowUp firearm,
                         int version) {

    /** A compliance check as recorded; the attachment itself is fetched separately (documents/{attachmentId}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Check(UUID id, LocalDate checkedOn, InformationSource source, ObligationStatus finding, String note,
                        UUID attachmentId, String attachmentName, String attachmentType, Integer attachmentSize,
                        String recordedBy, OffsetDateTime recordedAt) {

        /** The check with its evidence's name, type and size, when it has some. */
        Check withEvidence(java.util.Optional<org.tutela.documents.Document> evidence) {
            return evidence.map(d -> new Check(id, checkedOn, source, finding, note, d.id(), d.name(), d.contentType(),
                    d.size(), recordedBy, recordedAt)).orElse(this);
        }
    }

    public record StatusChange(ObligationStatus from, ObligationStatus to, LocalDate changedOn, String changedBy) {
    }

    public record Contact(UUID id, LocalDate contactedOn, ContactParty party, String agency, String contactName,
                          String outcome) {
    }

    /**
     * A child welfare professional's documented follow-up (C.1.5): it informs the BAS, who confirms a reported
     * surrender with the receipt or inventory.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WorkerContact(UUID id, LocalDate contactedOn, WorkerContactParty party, WorkerContactOutcome outcome,
                                String note, String recordedBy, org.tutela.directory.Role recordedByRole,
                                OffsetDateTime recordedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Escalation(UUID id, LocalDate escalatedOn, String channel, String escalatedTo, String concern,
                             String response, LocalDate respondedOn, boolean resolved) {
    }

    /**
     * The firearm surrender follow-up: the BAS's contacts, outcome and escalations, the professionals' documented
     * follow-ups ({@code workerContacts}), and whether it is overdue today.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FirearmFollowUp(FirearmOutcome outcome, LocalDate outcomeOn, String evidence,
                                  Boolean professionalDocumented, LocalDate overdueAfter, boolean resolved,
                                  boolean overdue, List<Contact> contacts, List<Escalation> escalations,
                                  List<WorkerContact> workerContacts) {

        /** The professionals' latest documented follow-up, if any. */
        @com.fasterxml.jackson.annotation.JsonIgnore
        public java.util.Optional<WorkerContact> latestWorkerContact() {
            return workerContacts == null || workerContacts.isEmpty() ? java.util.Optional.empty()
                    : java.util.Optional.of(workerContacts.get(workerContacts.size() - 1));
        }
    }
}
