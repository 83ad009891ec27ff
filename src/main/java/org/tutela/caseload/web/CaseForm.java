package org.tutela.caseload.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.tutela.caseload.CaseData;
import org.tutela.caseload.CaseStatus;
import org.tutela.caseload.Maltreatment;

/** The case form's fields. */
public class CaseForm {

    private String caseNumber;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate intakeDate;
    private CaseStatus status;
    private UUID organizationId;
    private List<Maltreatment> maltreatments = new ArrayList<>();
    private List<UUID> assignedUserIds = new ArrayList<>();
    private Integer version;

    static CaseForm of(CaseData d, int version) {
        CaseForm f = new CaseForm();
        f.caseNumber = d.caseNumber();
        f.intakeDate = d.intakeDate();
        f.status = d.status();
        f.organizationId = d.organizationId();
        f.maltreatments = new ArrayList<>(d.maltreatments());
        f.assignedUserIds = new ArrayList<>(d.assignedUserIds());
        f.version = version;
        return f;
    }

    CaseData toData() {
        return new CaseData(caseNumber == null ? "" : caseNumber, intakeDate, status, organizationId,
                maltreatments == null ? List.of() : maltreatments, assignedUserIds == null ? List.of() : assignedUserIds);
    }

    public String getCaseNumber() { return caseNumber; }
    public void setCaseNumber(String caseNumber) { this.caseNumber = caseNumber; }
    public LocalDate getIntakeDate() { return intakeDate; }
    public void setIntakeDate(LocalDate intakeDate) { this.intakeDate = intakeDate; }
    public CaseStatus getStatus() { return status; }
    public void setStatus(CaseStatus status) { this.status = status; }
    public UUID getOrganizationId() { return organizationId; }
    public void setOrganizationId(UUID organizationId) { this.organizationId = organizationId; }
    public List<Maltreatment> getMaltreatments() { return maltreatments; }
    public void setMaltreatments(List<Maltreatment> maltreatments) { this.maltreatments = maltreatments; }
    public List<UUID> getAssignedUserIds() { return assignedUserIds; }
    public void setAssignedUserIds(List<UUID> assignedUserIds) { this.assignedUserIds = assignedUserIds; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
