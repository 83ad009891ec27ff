package org.tutela.training;

import org.tutela.documents.Delivery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.tutela.shared.SubmittedPeriods.AmendmentReason;

/**
 * A training as the BAS plans it (C.1.2, C.2.5.4.1); {@code amendmentReason} when it is dated in a quarter whose STOP BAS
 * report was submitted (required then, kept with the amendment).
 */
public record TrainingData(
        @NotBlank @Size(max = 200) String title,
        @NotEmpty List<@NotNull TrainingTopic> topics,
        @Size(max = 200) String otherTopic,
        @NotBlank @Size(max = 4000) String description,
        @NotBlank @Size(max = 4000) String objectives,
        @NotNull OffsetDateTime startsAt,
        // C.1.2: at least 45 minutes
        @NotNull @Min(45) @Max(1440) Integer lengthMinutes,
        @NotNull Delivery delivery,
        @NotEmpty @Size(max = 10) List<@NotNull @Valid Instructor> instructors,
        @NotBlank @Size(max = 300) String audience,
        AmendmentReason amendmentReason) {

    public TrainingData(String title, List<TrainingTopic> topics, String otherTopic, String description,
                        String objectives, OffsetDateTime startsAt, Integer lengthMinutes, Delivery delivery,
                        List<Instructor> instructors, String audience) {
        this(title, topics, otherTopic, description, objectives, startsAt, lengthMinutes, delivery, instructors,
                audience, null);
    }
}
