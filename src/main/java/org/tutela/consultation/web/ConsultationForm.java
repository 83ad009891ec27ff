package org.tutela.consultation.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.tutela.consultation.ComplianceAnswer;
import org.tutela.consultation.ConsultationData;
import org.tutela.consultation.ConsultationMode;
import org.tutela.consultation.Topic;
import org.tutela.consultation.YesNo;
import org.tutela.shared.SubmittedPeriods;

/** The consultation form's fields. */
public class ConsultationForm {

    private String caseNumber;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate consultedOn;
    private String professionalName;
    private String professionalRole;
    private UUID organizationId;
    private ConsultationMode mode;
    private List<Topic> topics = new ArrayList<>();
    private String note;
    private ComplianceAnswer complianceMonitoring;
    private YesNo guidedSafetyActions;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate followUpOn;
    private Integer version;
    private SubmittedPeriods.AmendmentReason amendmentReason;

    static ConsultationForm of(String caseNumber, ConsultationData d, int version) {
        ConsultationForm f = new ConsultationForm();
        f.caseNumber = caseNumber;
        f.consultedOn = d.consultedOn();
        f.professionalName = d.professionalName();
        f.professionalRole = d.professionalRole();
        f.organizationId = d.organizationId();
        f.mode = d.mode();
        f.topics = new ArrayList<>(d.topics());
        f.note = d.note();
        f.complianceMonitoring = d.complianceMonitoring();
        f.guidedSafetyActions = d.guidedSafetyActions();
        f.followUpOn = d.followUpOn();
        f.version = version;
        return f;
    }

    ConsultationData toData(UUID caseId) {
        return new ConsultationData(caseId, consultedOn, professionalName, professionalRole, organizationId, mode,
                topics == null ? List.of() : topics, note, complianceMonitoring, guidedSafetyActions, followUpOn,
                amendmentReason);
    }

    public String getCaseNumber() { return caseNumber; }
    public void setCaseNumber(String caseNumber) { this.caseNumber = caseNumber; }
    public LocalDate getConsultedOn() { return consultedOn; }
    public void setConsultedOn(LocalDate consultedOn) { this.consultedOn = consultedOn; }
    public String getProfessionalName() { return professionalName; }
    public void setProfessionalName(String professionalName) { this.professionalName = professionalName; }
    public String getProfessionalRole() { return professionalRole; }
    public void setProfessionalRole(String professionalRole) { this.professionalRole = professionalRole; }
    public UUID getOrganizationId() { return organizationId; }
    public void setOrganizationId(UUID organizationId) { this.organizationId = organizationId; }
    public ConsultationMode getMode() { return mode; }
    public void setMode(ConsultationMode mode) { this.mode = mode; }
    public List<Topic> getTopics() { return topics; }
    public void setTopics(List<Topic> topics) { this.topics = topics; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public ComplianceAnswer getComplianceMonitoring() { return complianceMonitoring; }
    public void setComplianceMonitoring(ComplianceAnswer complianceMonitoring) { this.complianceMonitoring = complianceMonitoring; }
    public YesNo getGuidedSafetyActions() { return guidedSafetyActions; }
    public void setGuidedSafetyActions(YesNo guidedSafetyActions) { this.guidedSafetyActions = guidedSafetyActions; }
    public LocalDate getFollowUpOn() { return followUpOn; }
    public void setFollowUpOn(LocalDate followUpOn) { this.followUpOn = followUpOn; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public SubmittedPeriods.AmendmentReason getAmendmentReason() { return amendmentReason; }
    public void setAmendmentReason(SubmittedPeriods.AmendmentReason amendmentReason) { this.amendmentReason = amendmentReason; }
}
