package org.tutela.training.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.format.annotation.DateTimeFormat;
import org.tutela.shared.AgencyTime;
import org.tutela.documents.Delivery;
import org.tutela.training.Instructor;
import org.tutela.training.Training;
import org.tutela.training.TrainingData;
import org.tutela.training.TrainingTopic;

/**
 * The training form's fields: the time is a wall-clock time of the agency's zone; up to three instructors, each on a
 * row of its own (rows left blank are not instructors).
 */
public class TrainingForm {

    static final int INSTRUCTOR_ROWS = 3;
    private static final Pattern INSTRUCTOR_FIELD = Pattern.compile("instructors\\[(\\d+)]\\.(name|title)");

    private String title;
    private List<TrainingTopic> topics = new ArrayList<>();
    private String otherTopic;
    private String description;
    private String objectives;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime startsAt;
    private Integer lengthMinutes;
    private Delivery delivery;
    private String audience;
    private org.tutela.shared.SubmittedPeriods.AmendmentReason amendmentReason;
    private String instructor1Name;
    private String instructor1Title;
    private boolean instructor1Bip;
    private String instructor2Name;
    private String instructor2Title;
    private boolean instructor2Bip;
    private String instructor3Name;
    private String instructor3Title;
    private boolean instructor3Bip;
    private Integer version;

    static TrainingForm of(Training t) {
        TrainingForm f = new TrainingForm();
        f.title = t.title();
        f.topics = new ArrayList<>(t.topics());
        f.otherTopic = t.otherTopic();
        f.description = t.description();
        f.objectives = t.objectives();
        f.startsAt = t.startsAt().atZoneSameInstant(AgencyTime.ZONE).toLocalDateTime();
        f.lengthMinutes = t.lengthMinutes();
        f.delivery = t.delivery();
        f.audience = t.audience();
        List<Instructor> in = t.instructors();
        if (in.size() > 0) {
            f.instructor1Name = in.get(0).name();
            f.instructor1Title = in.get(0).title();
            f.instructor1Bip = in.get(0).bipCoFacilitator();
        }
        if (in.size() > 1) {
            f.instructor2Name = in.get(1).name();
            f.instructor2Title = in.get(1).title();
            f.instructor2Bip = in.get(1).bipCoFacilitator();
        }
        if (in.size() > 2) {
            f.instructor3Name = in.get(2).name();
            f.instructor3Title = in.get(2).title();
            f.instructor3Bip = in.get(2).bipCoFacilitator();
        }
        f.version = t.version();
        return f;
    }

    /** The rows with a name or a title, in order: the i-th is the command's instructors[i]. */
    private List<Integer> filledRows() {
        List<Integer> rows = new ArrayList<>();
        String[][] cells = {{instructor1Name, instructor1Title}, {instructor2Name, instructor2Title},
                {instructor3Name, instructor3Title}};
        for (int i = 0; i < INSTRUCTOR_ROWS; i++) {
            if (!blank(cells[i][0]) || !blank(cells[i][1])) {
                rows.add(i);
            }
        }
        return rows;
    }

    TrainingData toData() {
        String[] names = {instructor1Name, instructor2Name, instructor3Name};
        String[] titles = {instructor1Title, instructor2Title, instructor3Title};
        boolean[] bip = {instructor1Bip, instructor2Bip, instructor3Bip};
        List<Instructor> instructors = filledRows().stream()
                .map(i -> new Instructor(names[i], titles[i], bip[i])).toList();
        return new TrainingData(title, topics == null ? List.of() : topics, otherTopic, description, objectives,
                startsAt == null ? null : startsAt.atZone(AgencyTime.ZONE).toOffsetDateTime(), lengthMinutes,
                delivery, instructors, audience, amendmentReason);
    }

    /** The form field of a command's field: instructors[1].title is the title of the second filled row. */
    String fieldOf(String commandField) {
        if (commandField.equals("instructors")) {
            return "instructor1Name";
        }
        Matcher m = INSTRUCTOR_FIELD.matcher(commandField);
        if (m.matches()) {
            List<Integer> rows = filledRows();
            int index = Integer.parseInt(m.group(1));
            int row = index < rows.size() ? rows.get(index) + 1 : 1;
            return "instructor" + row + (m.group(2).equals("name") ? "Name" : "Title");
        }
        return commandField;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public List<TrainingTopic> getTopics() { return topics; }
    public void setTopics(List<TrainingTopic> topics) { this.topics = topics; }
    public String getOtherTopic() { return otherTopic; }
    public void setOtherTopic(String otherTopic) { this.otherTopic = otherTopic; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getObjectives() { return objectives; }
    public void setObjectives(String objectives) { this.objectives = objectives; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; }
    public Integer getLengthMinutes() { return lengthMinutes; }
    public void setLengthMinutes(Integer lengthMinutes) { this.lengthMinutes = lengthMinutes; }
    public Delivery getDelivery() { return delivery; }
    public void setDelivery(Delivery delivery) { this.delivery = delivery; }
    public String getAudience() { return audience; }
    public void setAudience(String audience) { this.audience = audience; }
    public String getInstructor1Name() { return instructor1Name; }
    public void setInstructor1Name(String v) { this.instructor1Name = v; }
    public String getInstructor1Title() { return instructor1Title; }
    public void setInstructor1Title(String v) { this.instructor1Title = v; }
    public boolean isInstructor1Bip() { return instructor1Bip; }
    public void setInstructor1Bip(boolean v) { this.instructor1Bip = v; }
    public String getInstructor2Name() { return instructor2Name; }
    public void setInstructor2Name(String v) { this.instructor2Name = v; }
    public String getInstructor2Title() { return instructor2Title; }
    public void setInstructor2Title(String v) { this.instructor2Title = v; }
    public boolean isInstructor2Bip() { return instructor2Bip; }
    public void setInstructor2Bip(boolean v) { this.instructor2Bip = v; }
    public String getInstructor3Name() { return instructor3Name; }
    public void setInstructor3Name(String v) { this.instructor3Name = v; }
    public String getInstructor3Title() { return instructor3Title; }
    public void setInstructor3Title(String v) { this.instructor3Title = v; }
    public boolean isInstructor3Bip() { return instructor3Bip; }
    public void setInstructor3Bip(boolean v) { this.instructor3Bip = v; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }

    public org.tutela.shared.SubmittedPeriods.AmendmentReason getAmendmentReason() { return amendmentReason; }
    public void setAmendmentReason(org.tutela.shared.SubmittedPeriods.AmendmentReason amendmentReason) { this.amendmentReason = amendmentReason; }
}
