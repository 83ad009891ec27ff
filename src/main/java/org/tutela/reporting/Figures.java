package org.tutela.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tutela.shared.Messages;

/**
 * A report's figures without its drill-down: what a submission keeps, and what the report then compares with the
 * figures computed today. {@code counts} are named by a section and, within it, an enum value's name ({@code key}:
 * an agency type, a topic, an event type, a meeting type), or none.
 */
public record Figures(Measure e11, Measure e12, List<Figure> counts) {

    public record Figure(String section, String key, long value) {
    }

    /** A figure as submitted and as it is now (either may be absent: a topic no consultation had then). */
    public record Compared(String section, String key, Long submitted, Long current) {

        /** The figure's name in the reader's language ({@code figure.<section>}, with the key's own label). */
        @com.fasterxml.jackson.annotation.JsonIgnore
        public String label() {
            if (key == null) {
                return Messages.text("figure." + section);
            }
            String prefix = switch (section) {
                case "agencyType" -> "agencyType.";
                case "topic" -> "topic.";
                case "eventType" -> "eventType.";
                default -> "meetingType.";
            };
            return Messages.text("figure." + section, Messages.text(prefix + key));
        }

        @com.fasterxml.jackson.annotation.JsonProperty
        public boolean changed() {
            return !java.util.Objects.equals(submitted == null ? 0L : submitted, current == null ? 0L : current);
        }
    }

    static Figures of(StopBasReport r) {
        List<Figure> counts = new ArrayList<>();
        counts.add(new Figure("consultations", null, r.consultations().total()));
        r.consultations().byAgencyType().forEach(c -> counts.add(new Figure("agencyType", c.key(), c.count())));
        r.consultations().byTopic().forEach(c -> counts.add(new Figure("topic", c.key(), c.count())));
        counts.add(new Figure("events", null, r.events().attended()));
        r.events().byType().forEach(c -> counts.add(new Figure("eventType", c.key(), c.count())));
        StopBasReport.Monitoring m = r.monitoring();
        counts.add(new Figure("monitored", null, m.monitored()));
        counts.add(new Figure("checks", null, m.checks()));
        counts.add(new Figure("firearmFollowUps", null, m.firearmFollowUps()));
        counts.add(new Figure("firearmOpen", null, m.firearmOpen()));
        counts.add(new Figure("firearmOverdue", null, m.firearmOverdue()));
        counts.add(new Figure("firearmEscalated", null, m.firearmEscalated()));
        counts.add(new Figure("trainingsHeld", null, r.trainings().held()));
        counts.add(new Figure("trainingsCounted", null, r.trainings().counted()));
        r.meetings().requirements().forEach(q -> {
            counts.add(new Figure("meetingsHeld", q.type().name(), q.held()));
            counts.add(new Figure("meetingsMissing", q.type().name(), q.missing()));
        });
        return new Figures(r.e11().withoutCases(), r.e12().withoutCases(), List.copyOf(counts));
    }

    /** Each figure as submitted ({@code this}) and as it is now, in the submitted order, then any new ones. */
    public List<Compared> compareWith(Figures current) {
        Map<String, Compared> rows = new LinkedHashMap<>();
        counts.forEach(f -> rows.put(f.section() + "/" + f.key(), new Compared(f.section(), f.key(), f.value(), null)));
        current.counts().forEach(f -> rows.merge(f.section() + "/" + f.key(),
                new Compared(f.section(), f.key(), null, f.value()),
                (was, now) -> new Compared(was.section(), was.key(), was.submitted(), now.current())));
        return List.copyOf(rows.values());
    }
}
