package org.tutela.consultation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.access.BasWork;
import org.tutela.access.CaseAccess;
import org.tutela.access.SqlCondition;
import org.tutela.audit.AuditTrail;
import org.tutela.directory.CurrentUser;
import org.tutela.directory.Organization;
import org.tutela.directory.OrganizationType;
import org.tutela.directory.Role;
import org.tutela.directory.UserDirectory;
import org.tutela.shared.EditConflict;
import org.tutela.shared.InputValidation;
import org.tutela.shared.InvalidInput;
import org.tutela.shared.PageOf;
import org.tutela.shared.RecordNotFound;
import org.tutela.shared.SubmittedPeriods;

/** The consultation module's API: log, change and read consultations and follow-ups (the measures: reporting). */
@Service
public class ConsultationLog {

    /** A consultation's record type in the audit trail and among the amendments after submission. */
    public static final String RECORD_TYPE = "CONSULTATION";

    private static final String SELECT = """
            SELECT k.id, k.case_id, c.case_number, k.bas_user_id, u.display_name AS bas_name, k.consulted_on,
                   k.professional_name, k.professional_role, k.organization_id, o.name AS organization_name,
                   k.organization_type, k.mode, k.topics, k.note, k.compliance_monitoring, k.guided_safety_actions,
                   k.follow_up_on, k.version, k.created_at
            FROM consultation k JOIN case_file c ON c.id = k.case_id JOIN app_user u ON u.id = k.bas_user_id
                 JOIN organization o ON o.id = k.organization_id""";

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final AuditTrail audit;
    private final UserDirectory directory;
    private final InputValidation validation;
    private final ApplicationEventPublisher events;
    private final BasWork basWork;
    private final SubmittedPeriods submitted;

    ConsultationLog(JdbcClient jdbc, CaseAccess access, AuditTrail audit, UserDirectory directory, InputValidation validation,
                    ApplicationEventPublisher events, BasWork basWork, SubmittedPeriods submitted) {
        this.submitted = submitted;
        this.basWork = basWork;
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.directory = directory;
        this.validation = validation;
        this.events = events;
    }

    /** Logs a consultation (BAS only). A rule broken is an {@link InvalidInput} naming the field; nothing is saved. */
    @Transactional
    public UUID log(CurrentUser bas, ConsultationData data) {
        requireBas(bas);
        OrganizationType type = check(bas, data);
        UUID id = UUID.randomUUID();
        submitted.amend(bas.organizationId(), List.of(data.consultedOn()), SubmittedPeriods.Change.CREATE,
                RECORD_TYPE, id, data.caseId(), data.amendmentReason(), bas.id());
        jdbc.sql("""
                INSERT INTO consultation (id, case_id, bas_user_id, consulted_on, professional_name, professional_role,
                    organization_id, organization_type, mode, topics, note, compliance_monitoring,
                    guided_safety_actions, follow_up_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, data.caseId(), bas.id(), data.consultedOn(), data.professionalName().trim(),
                        data.professionalRole().trim(), data.organizationId(), type.name(), data.mode().name(),
                        topics(data), data.note().trim(), data.complianceMonitoring().name(),
                        data.guidedSafetyActions().name(), data.followUpOn())
                .update();
        events.publishEvent(new ConsultationLogged(id, data.caseId(), data.consultedOn(),
                data.complianceMonitoring() == ComplianceAnswer.YES));
        audit.record("CREATE", "CONSULTATION", id);
        return id;
    }

    @Transactional
    public void update(CurrentUser bas, UUID id, ConsultationData data, Integer expectedVersion, boolean precondition) {
        requireBas(bas);
        Consultation before = find(bas, id);
        basWork.actingFor(bas, BasWork.Kind.CONSULTATION, before.basUserId());
        if (!before.caseId().equals(data.caseId())) {
            throw new InvalidInput("caseId", "invalid.consultation.caseFixed");
        }
        if (expectedVersion != null && expectedVersion != before.version()) {
            throw new EditConflict(precondition);
        }
        OrganizationType type = check(bas, data);
        if (!data.withoutReason().equals(before.data())) {
            submitted.amend(bas.organizationId(), List.of(before.consultedOn(), data.consultedOn()),
                    SubmittedPeriods.Change.UPDATE, RECORD_TYPE, id, data.caseId(), data.amendmentReason(), bas.id());
        }
        int updated = jdbc.sql("""
                UPDATE consultation SET consulted_on = ?, professional_name = ?, professional_role = ?,
                    organization_id = ?, organization_type = ?, mode = ?, topics = ?, note = ?, compliance_monitoring = ?,
                    guided_safety_actions = ?, follow_up_on = ?, version = version + 1, updated_at = now()
                WHERE id = ? AND version = ?""")
                .params(data.consultedOn(), data.professionalName().trim(), data.professionalRole().trim(),
                        data.organizationId(), type.name(), data.mode().name(), topics(data), data.note().trim(),
                        data.complianceMonitoring().name(), data.guidedSafetyActions().name(), data.followUpOn(), id,
                        before.version())
                .update();
        if (updated == 0) {
            throw new EditConflict(precondition);
        }
        // monitoring starts when the answer becomes YES, not on every edit of a YES consultation
        events.publishEvent(new ConsultationLogged(id, data.caseId(), data.consultedOn(),
                data.complianceMonitoring() == ComplianceAnswer.YES
                        && before.complianceMonitoring() != ComplianceAnswer.YES));
        audit.record("UPDATE", "CONSULTATION", id);
    }

    /** A consultation on a case the user may see (BAS, CPIs, case managers and supervisors of the case). */
    @Transactional(readOnly = true)
    public Consultation get(CurrentUser user, UUID id) {
        return find(user, id).withAmendments(submitted.amendments(RECORD_TYPE, id));
    }

    /** The consultation as stored, without its amendments (what a change starts from). */
    private Consultation find(CurrentUser user, UUID id) {
        requireReader(user);
        Consultation c = jdbc.sql(SELECT + " WHERE k.id = ?").param(id).query(ConsultationLog::consultation)
                .optional().orElseThrow(RecordNotFound::new);
        access.requireViewCase(user, c.caseId());
        return c;
    }

    @Transactional(readOnly = true)
    public PageOf<Consultation> list(CurrentUser user, ConsultationFilter filter, int page, int size) {
        requireReader(user);
        SqlCondition visible = access.visibleCases(user, "c");
        StringBuilder where = new StringBuilder(" WHERE ").append(visible.sql());
        List<Object> params = new ArrayList<>(visible.params());
        if (filter.caseId() != null) {
            where.append(" AND k.case_id = ?");
            params.add(filter.caseId());
        }
        if (filter.from() != null) {
            where.append(" AND k.consulted_on >= ?");
            params.add(filter.from());
        }
        if (filter.to() != null) {
            where.append(" AND k.consulted_on <= ?");
            params.add(filter.to());
        }
        if (filter.agencyType() != null) {
            where.append(" AND k.organization_type = ?");
            params.add(filter.agencyType().name());
        }
        if (filter.complianceMonitoring() != null) {
            where.append(" AND k.compliance_monitoring = ?");
            params.add(filter.complianceMonitoring().name());
        }
        if (filter.guidedSafetyActions() != null) {
            where.append(" AND k.guided_safety_actions = ?");
            params.add(filter.guidedSafetyActions().name());
        }
        long total = jdbc.sql("SELECT count(*) FROM consultation k JOIN case_file c ON c.id = k.case_id" + where)
                .params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<Consultation> items = jdbc.sql(SELECT + where + " ORDER BY k.consulted_on DESC, k.created_at DESC LIMIT ? OFFSET ?")
                .params(pageParams).query(ConsultationLog::consultation).list();
        return new PageOf<>(items, page, size, total);
    }

    /** The BAS's open follow-ups: promised dates with no later consultation on the case yet, soonest first. */
    @Transactional(readOnly = true)
    public List<FollowUp> openFollowUps(CurrentUser bas) {
        return jdbc.sql("""
                SELECT k.id, k.case_id, c.case_number, k.consulted_on, k.follow_up_on, k.professional_name
                FROM consultation k JOIN case_file c ON c.id = k.case_id
                WHERE k.bas_user_id = ? AND k.follow_up_on IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM consultation later WHERE later.case_id = k.case_id AND later.id <> k.id
                                  AND (later.consulted_on > k.consulted_on
                                       OR (later.consulted_on = k.consulted_on AND later.created_at > k.created_at)))
                ORDER BY k.follow_up_on""").param(bas.id())
                .query((rs, n) -> new FollowUp(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                        rs.getString("case_number"), rs.getObject("consulted_on", LocalDate.class),
                        rs.getObject("follow_up_on", LocalDate.class), rs.getString("professional_name")))
                .list();
    }

    private OrganizationType check(CurrentUser bas, ConsultationData data) {
        validation.check(data);
        if (!access.checkViewCase(bas, data.caseId())) {
            throw new InvalidInput("caseId", "invalid.consultation.unknownCase");
        }
        Organization organization = directory.organization(data.organizationId())
                .filter(o -> o.regionId().equals(bas.regionId()))
                .orElseThrow(() -> new InvalidInput("organizationId", "invalid.consultation.unknownOrganization"));
        List<InvalidInput.FieldError> errors = ConsultationRules.check(data, organization.type());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return organization.type();
    }

    private static void requireBas(CurrentUser user) {
        if (user.role() != Role.BAS) {
            throw new AccessDeniedException("only a BAS logs consultations");
        }
    }

    private static void requireReader(CurrentUser user) {
        if (!Role.CASE_PRACTICE.contains(user.role())) {
            throw new AccessDeniedException("may not read consultations");
        }
    }

    private static String[] topics(ConsultationData data) {
        return data.topics().stream().distinct().map(Enum::name).toArray(String[]::new);
    }

    static Consultation consultation(ResultSet rs, int n) throws SQLException {
        Array topics = rs.getArray("topics");
        List<Topic> topicList = Arrays.stream((String[]) topics.getArray()).map(Topic::valueOf).toList();
        return new Consultation(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getString("case_number"), rs.getObject("bas_user_id", UUID.class), rs.getString("bas_name"),
                rs.getObject("consulted_on", LocalDate.class), rs.getString("professional_name"),
                rs.getString("professional_role"), rs.getObject("organization_id", UUID.class),
                rs.getString("organization_name"), OrganizationType.valueOf(rs.getString("organization_type")),
                ConsultationMode.valueOf(rs.getString("mode")), topicList, rs.getString("note"),
                ComplianceAnswer.valueOf(rs.getString("compliance_monitoring")),
                YesNo.valueOf(rs.getString("guided_safety_actions")), rs.getObject("follow_up_on", LocalDate.class),
                rs.getInt("version"), rs.getObject("created_at", OffsetDateTime.class), List.of());
    }
}
