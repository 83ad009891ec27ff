package org.tutela.training;

import org.tutela.documents.Delivery;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.tutela.documents.Document;

/**
 * A training with its instructors, attendees, files and the steps of its approval, and what the rules make of it:
 * when the materials are due and where they stand, whether it was held, its contract exceptions and, when it does not
 * count for the report, why.
 */
public record Training(UUID id, UUID providerId, String providerName, String title, List<TrainingTopic> topics,
                       String otherTopic, String description, String objectives, OffsetDateTime startsAt,
                       int lengthMinutes, Delivery delivery, String audience, TrainingStatus status,
                       OffsetDateTime firstSubmittedAt, OffsetDateTime approvedAt, int version,
                       List<Instructor> instructors, List<Attendee> attendees, List<Document> documents,
                       List<Step> steps, LocalDate materialsDueOn, TrainingRules.Materials materials, boolean held,
                       List<TrainingRules.Exception> exceptions, List<TrainingRules.NotCounted> notCounted) {

    public record Attendee(UUID id, String printedName, String title, String organization) {
    }

    /** A submission or a review, with who did it and when. */
    public record Step(String kind, String comment, boolean late, String by, OffsetDateTime at) {
    }

    /** Whether it counts for the STOP BAS report. */
    @JsonProperty
    public boolean counted() {
        return notCounted.isEmpty();
    }

    /** Whether its content may change: before the materials are submitted, or once they are returned. */
    @JsonProperty
    public boolean editable() {
        return status == TrainingStatus.DRAFT || status == TrainingStatus.RETURNED;
    }

    public boolean hasMaterials() {
        return documents.stream().anyMatch(d -> d.purpose() == org.tutela.documents.DocumentPurpose.TRAINING_MATERIALS);
    }

    /** The length in hours, as the agenda gives it (C.2.5.4.1). */
    public double hours() {
        return lengthMinutes / 60.0;
    }

    /** The last review's comment when the materials were returned. */
    public String returnedComment() {
        return steps.isEmpty() || !steps.get(steps.size() - 1).kind().equals("RETURNED") ? null
                : steps.get(steps.size() - 1).comment();
    }
}
