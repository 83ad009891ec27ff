package org.tutela.caseload;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.access.CaseAccess;
import org.tutela.access.ContactGuard;
import org.tutela.access.ContactMatcher;
import org.tutela.access.SqlCondition;
import org.tutela.audit.AuditTrail;
import org.tutela.directory.CurrentUser;
import org.tutela.directory.Organization;
import org.tutela.directory.OrganizationType;
import org.tutela.directory.UserDirectory;
import org.tutela.directory.UserSummary;
import org.tutela.shared.EditConflict;
import org.tutela.shared.InputValidation;
import org.tutela.shared.InvalidInput;
import org.tutela.shared.PageOf;
import org.tutela.shared.RecordNotFound;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The caseload module's API: search, read and write cases and the people in them. Every read goes through
 * {@link CaseAccess}; every write and every disclosure of protected contact fields is audited in the same
 * transaction.
 */
@Service
public class CaseManagement {

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final AuditTrail audit;
    private final UserDirectory directory;
    private final InputValidation validation;
    private final ApplicationEventPublisher events;

    CaseManagement(JdbcClient jdbc, CaseAccess access, AuditTrail audit, UserDirectory directory,
                   InputValidation validation, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.directory = directory;
        this.validation = validation;
        this.events = events;
    }

    // ---- search -------------------------------------------------------------------------------------------

    /**
     * Cases the user may see, newest first, where every word of {@code q} starts one of the case's words: its number
     * or a part of it, a person's first or last name or a part of a double name, a maltreatment's code or label.
     * Matches are counted up to {@link #COUNT_LIMIT}; past it the page says "more than" that. No transaction: the
     * usual search is one statement, a page with its people.
     */
    public PageOf<CaseSummary> search(CurrentUser user, String q, Maltreatment maltreatment, int page, int size) {
        return search(user, new CaseFilter(q, maltreatment, null, false, false), page, size);
    }

    /**
     * Like {@link #search(CurrentUser, String, Maltreatment, int, int)}, narrowed further by the filter's worker,
     * unassigned and open parts (a supervisor's caseload by worker links here). A filter never widens what the user
     * may see.
     */
    public PageOf<CaseSummary> search(CurrentUser user, CaseFilter filter, int page, int size) {
        SqlCondition visible = access.visibleCases(user, "c");
        StringBuilder where = new StringBuilder(" WHERE ").append(visible.sql());
        List<Object> params = new ArrayList<>(visible.params());
        List<String> terms = terms(filter.q());
        if (!terms.isEmpty()) {
            where.append(" AND c.search_words @@ search_query(?::text[])"); // V15: folded, quoted, all required
            params.add(terms.toArray(String[]::new));
        }
        if (filter.maltreatment() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM case_maltreatment m WHERE m.case_id = c.id AND m.code = ?)");
            params.add(filter.maltreatment().name());
        }
        if (filter.worker() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM case_assignment w WHERE w.case_id = c.id AND w.user_id = ?)");
            params.add(filter.worker());
        }
        if (filter.unassigned()) {
            where.append(" AND NOT EXISTS (SELECT 1 FROM case_assignment w WHERE w.case_id = c.id)");
        }
        if (filter.openOnly()) {
            where.append(" AND c.status <> 'CLOSED'");
        }
        long offset = (long) page * size;
        // One statement for the usual search: the hits, at most COUNT_LIMIT + 1 of them, in a list the planner must
        // make first (so it cannot bet on walking the date index), their number, and the page sorted from them; only
        // the page's cases are read further.
        List<Row> rows = jdbc.sql("WITH hits AS MATERIALIZED (SELECT c.id, c.intake_date, c.case_number FROM case_file c"
                        + where + " LIMIT ?), page AS (SELECT * FROM hits ORDER BY intake_date DESC, case_number"
                        + " LIMIT ? OFFSET ?) " + SUMMARY + ", (SELECT count(*) FROM hits) AS hits FROM page h"
                        + " JOIN case_file c ON c.id = h.id JOIN organization o ON o.id = c.organization_id"
                        + " ORDER BY h.intake_date DESC, h.case_number")
                .params(params).params(COUNT_LIMIT + 1, size, offset).query(CaseManagement::row).list();
        long hits = rows.isEmpty() ? (page == 0 ? 0 : countUpToLimit(where, params)) : rows.get(0).hits();
        boolean counted = hits <= COUNT_LIMIT;
        if (!counted) {
            // More hits than are counted, so a list of a few of them is not the newest: for a word this common the
            // newest cases hold a page of hits, and the planner knows it from the word's statistics.
            rows = jdbc.sql(SUMMARY + ", 0 AS hits FROM case_file c JOIN organization o ON o.id = c.organization_id"
                            + where + " ORDER BY c.intake_date DESC, c.case_number LIMIT ? OFFSET ?")
                    .params(params).params(size, offset).query(CaseManagement::row).list();
        }
        List<CaseSummary> items = rows.stream().map(r -> new CaseSummary(r.id(), r.caseNumber(), r.status(),
                r.intakeDate(), r.organizationId(), r.organizationName(), r.maltreatments(), r.members())).toList();
        return counted ? new PageOf<>(items, page, size, hits) : PageOf.moreThan(items, page, size, COUNT_LIMIT);
    }

    /** Search hits are counted up to this many; a page with more says "more than" it. */
    public static final int COUNT_LIMIT = 5000;

    private static final String SUMMARY = """
            SELECT c.id, c.case_number, c.status, c.intake_date, c.organization_id, o.name AS organization_name,
                   (SELECT string_agg(m.code, ',' ORDER BY m.code) FROM case_maltreatment m WHERE m.case_id = c.id)
                       AS maltreatments,
                   (SELECT json_agg(json_build_array(p.id, p.role, p.first_name, p.last_name)
                                    ORDER BY %s, p.last_name, p.first_name)
                    FROM person p WHERE p.case_id = c.id) AS members""".formatted(PersonRole.SQL_ORDER);

    private long countUpToLimit(CharSequence where, List<Object> params) {
        return jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM case_file c" + where + " LIMIT ?) hits")
                .params(params).param(COUNT_LIMIT + 1).query(Long.class).single();
    }

    /** The case with exactly this number, when the user may see it. */
    @Transactional(readOnly = true)
    public Optional<UUID> findByNumber(CurrentUser user, String caseNumber) {
        SqlCondition visible = access.visibleCases(user, "c");
        return jdbc.sql("SELECT c.id FROM case_file c WHERE lower(c.case_number) = lower(?) AND " + visible.sql())
                .param(caseNumber == null ? "" : caseNumber.trim()).params(visible.params()).query(UUID.class).optional();
    }

    private record Row(UUID id, String caseNumber, CaseStatus status, LocalDate intakeDate, UUID organizationId,
                       String organizationName, List<Maltreatment> maltreatments, List<CaseSummary.Member> members,
                       long hits) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("case_number"),
                CaseStatus.valueOf(rs.getString("status")), rs.getObject("intake_date", LocalDate.class),
                rs.getObject("organization_id", UUID.class), rs.getString("organization_name"),
                maltreatments(rs.getString("maltreatments")), members(rs.getString("members")),
                rs.getLong("hits"));
    }

    /** A case's people as the search statement lists them: [[id, role, first name, last name], ...] or null. */
    private static List<CaseSummary.Member> members(String json) {
        if (json == null) {
            return List.of();
        }
        List<CaseSummary.Member> members = new ArrayList<>();
        for (JsonNode p : JSON.readTree(json)) {
            members.add(new CaseSummary.Member(UUID.fromString(p.get(0).asString()),
                    PersonRole.valueOf(p.get(1).asString()), p.get(2).asString(), p.get(3).asString()));
        }
        return members;
    }

    static List<String> terms(String q) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        // split at any white space, an ideographic space or a line separator too
        return Arrays.stream(q.toLowerCase(Locale.ROOT).split("(?U)\\s+")).filter(t -> !t.isEmpty()).limit(8)
                .toList();
    }

    // ---- cases --------------------------------------------------------------------------------------------

    /** A case and its people as the user may see them; reading protected contact fields is audited. */
    @Transactional
    public CaseView get(CurrentUser user, UUID caseId) {
        access.requireViewCase(user, caseId);
        CaseView view = load(user, caseId);
        if (view.people().stream().anyMatch(p -> p.contact().isPresent())) {
            audit.record("READ_PROTECTED", "CASE", caseId);
        }
        return view;
    }

    private CaseView load(CurrentUser user, UUID caseId) {
        record Head(String caseNumber, CaseStatus status, LocalDate intakeDate, UUID regionId, String regionName,
                    UUID organizationId, String organizationName, String maltreatments, int version) {
        }
        Head head = jdbc.sql("""
                SELECT c.case_number, c.status, c.intake_date, c.region_id, r.name AS region_name, c.organization_id,
                       o.name AS organization_name, c.version,
                       (SELECT string_agg(m.code, ',' ORDER BY m.code) FROM case_maltreatment m WHERE m.case_id = c.id)
                           AS maltreatments
                FROM case_file c JOIN organization o ON o.id = c.organization_id JOIN region r ON r.id = c.region_id
                WHERE c.id = ?""").param(caseId)
                .query((rs, n) -> new Head(rs.getString("case_number"), CaseStatus.valueOf(rs.getString("status")),
                        rs.getObject("intake_date", LocalDate.class), rs.getObject("region_id", UUID.class),
                        rs.getString("region_name"), rs.getObject("organization_id", UUID.class),
                        rs.getString("organization_name"), rs.getString("maltreatments"), rs.getInt("version")))
                .optional().orElseThrow(RecordNotFound::new);
        List<CaseView.Worker> workers = jdbc.sql("""
                SELECT u.id, u.display_name FROM case_assignment a JOIN app_user u ON u.id = a.user_id
                WHERE a.case_id = ? ORDER BY u.display_name""").param(caseId)
                .query((rs, n) -> new CaseView.Worker(rs.getObject("id", UUID.class), rs.getString("display_name")))
                .list();
        List<StoredPerson> stored = jdbc.sql(PERSON_SELECT + " WHERE p.case_id = ? ORDER BY " + PersonRole.SQL_ORDER + ", p.last_name, p.first_name")
                .param(caseId).query((rs, n) -> person(rs)).list();
        java.util.function.Supplier<ContactGuard> guard = guardOf(caseId);
        List<PersonView> people = stored.stream().map(p -> disclose(user, p, guard)).toList();
        return new CaseView(caseId, head.caseNumber(), head.status(), head.intakeDate(), head.regionId(),
                head.regionName(), head.organizationId(), head.organizationName(), maltreatments(head.maltreatments()),
                workers, people, head.version());
    }

    /** The case as written, for an edit form or a PATCH. */
    @Transactional(readOnly = true)
    public CaseData caseData(CurrentUser user, UUID caseId) {
        access.requireViewCase(user, caseId);
        CaseView view = load(user, caseId);
        return dataOf(view);
    }

    private static CaseData dataOf(CaseView view) {
        return new CaseData(view.caseNumber(), view.intakeDate(), view.status(), view.organizationId(),
                view.maltreatments(), view.assignedWorkers().stream().map(CaseView.Worker::id).toList());
    }

    @Transactional
    public UUID create(CurrentUser user, CaseData data) {
        if (!access.canCreateCase(user)) {
            throw new org.springframework.security.access.AccessDeniedException("may not create cases");
        }
        validate(data);
        CaseStatus status = data.status() != null ? data.status()
                : user.organizationType() == OrganizationType.DCF ? CaseStatus.INVESTIGATION : CaseStatus.CASE_MANAGEMENT;
        UUID organizationId = data.organizationId() != null ? data.organizationId() : user.organizationId();
        List<UUID> assigned = data.assignedUserIds() != null && !data.assignedUserIds().isEmpty()
                ? data.assignedUserIds() : List.of(user.id());
        CaseData complete = new CaseData(data.caseNumber().trim(), data.intakeDate(), status, organizationId,
                data.maltreatments(), assigned);
        check(complete, user.regionId());
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO case_file (id, case_number, region_id, intake_date, status, organization_id)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, complete.caseNumber(), user.regionId(), complete.intakeDate(), status.name(), organizationId)
                .update();
        writeMaltreatments(id, complete.maltreatments());
        writeAssignments(id, complete.assignedUserIds());
        refreshSearchText(id);
        // the history starts with the case: opened, by whom, with the values it was given
        Map<String, String> opened = new LinkedHashMap<>();
        opened.put(Change.CREATED, complete.caseNumber());
        opened.putAll(caseFields(complete, null));
        opened.remove("caseNumber");
        recordChanges(id, "CASE", id, Map.of(), opened, Set.of(), null, user);
        audit.record("CREATE", "CASE", id);
        return id;
    }

    /**
     * Replaces a case's data. {@code expectedVersion}, when given, must be the version the caller read;
     * otherwise the change is refused with {@link EditConflict}.
     */
    @Transactional
    public void update(CurrentUser user, UUID caseId, CaseData data, Integer expectedVersion, boolean precondition) {
        requireEdit(user, caseId);
        CaseView before = load(user, caseId);
        if (expectedVersion != null && expectedVersion != before.version()) {
            throw new EditConflict(precondition);
        }
        validate(data);
        CaseData old = dataOf(before);
        CaseData complete = new CaseData(data.caseNumber().trim(), data.intakeDate(),
                data.status() != null ? data.status() : old.status(),
                data.organizationId() != null ? data.organizationId() : old.organizationId(),
                data.maltreatments(), data.assignedUserIds() != null ? data.assignedUserIds() : old.assignedUserIds());
        check(complete, before.regionId());
        requireNoContact(caseId, "caseNumber", complete.caseNumber());
        boolean ownershipChanged = complete.status() != old.status()
                || !complete.organizationId().equals(old.organizationId())
                || !new java.util.HashSet<>(complete.assignedUserIds()).equals(new java.util.HashSet<>(old.assignedUserIds()));
        if (ownershipChanged && !user.organizationId().equals(before.organizationId())) {
            // an assigned worker of another agency may keep the record up to date, not widen who sees it
            throw new InvalidInput("organizationId", "invalid.case.onlyResponsibleTransfers");
        }
        int updated = jdbc.sql("""
                UPDATE case_file SET case_number = ?, intake_date = ?, status = ?, organization_id = ?,
                       version = version + 1, updated_at = now()
                WHERE id = ? AND version = ?""")
                .params(complete.caseNumber(), complete.intakeDate(), complete.status().name(),
                        complete.organizationId(), caseId, before.version())
                .update();
        if (updated == 0) {
            throw new EditConflict(precondition);
        }
        jdbc.sql("DELETE FROM case_maltreatment WHERE case_id = ?").param(caseId).update();
        writeMaltreatments(caseId, complete.maltreatments());
        jdbc.sql("DELETE FROM case_assignment WHERE case_id = ?").param(caseId).update();
        writeAssignments(caseId, complete.assignedUserIds());
        refreshSearchText(caseId);
        Map<String, String> from = caseFields(old, before);
        Map<String, String> to = caseFields(complete, null);
        recordChanges(caseId, "CASE", caseId, from, to, Set.of(), null, user);
        audit.record("UPDATE", "CASE", caseId);
    }

    private Map<String, String> caseFields(CaseData d, CaseView names) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("caseNumber", d.caseNumber());
        fields.put("intakeDate", Objects.toString(d.intakeDate(), null));
        fields.put("status", d.status().name());
        fields.put("organization", directory.organization(d.organizationId()).map(Organization::name).orElse(null));
        fields.put("maltreatments", d.maltreatments().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
        Map<UUID, String> users = directory.users().stream()
                .collect(Collectors.toMap(UserSummary::id, UserSummary::displayName));
        fields.put("assignedWorkers", d.assignedUserIds().stream().map(id -> users.getOrDefault(id, id.toString()))
                .sorted().collect(Collectors.joining(", ")));
        return fields;
    }

    /** The rules a case's data must keep, beyond the field constraints. */
    private void check(CaseData data, UUID regionId) {
        validate(data);
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        Optional<Organization> organization = directory.organization(data.organizationId());
        if (organization.isEmpty() || !organization.get().regionId().equals(regionId)) {
            errors.add(new InvalidInput.FieldError("organizationId", "invalid.case.organizationRegion"));
        } else {
            OrganizationType type = organization.get().type();
            boolean fits = switch (data.status()) {
                case INVESTIGATION -> type == OrganizationType.DCF;
                case CASE_MANAGEMENT -> type == OrganizationType.CBC || type == OrganizationType.CMO;
                case CLOSED -> type == OrganizationType.DCF || type == OrganizationType.CBC || type == OrganizationType.CMO;
            };
            if (!fits) {
                errors.add(new InvalidInput.FieldError("organizationId", data.status() == CaseStatus.INVESTIGATION
                        ? "invalid.case.organizationDcf" : "invalid.case.organizationCbc"));
            }
        }
        Set<UUID> workers = directory.workersInRegion(regionId).stream().map(UserSummary::id).collect(Collectors.toSet());
        if (!workers.containsAll(data.assignedUserIds())) {
            errors.add(new InvalidInput.FieldError("assignedUserIds", "invalid.case.workersRegion"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private void writeMaltreatments(UUID caseId, List<Maltreatment> maltreatments) {
        for (Maltreatment m : maltreatments.stream().distinct().toList()) {
            jdbc.sql("INSERT INTO case_maltreatment (case_id, code) VALUES (?, ?)").params(caseId, m.name()).update();
        }
    }

    private void writeAssignments(UUID caseId, List<UUID> userIds) {
        for (UUID userId : userIds.stream().distinct().toList()) {
            jdbc.sql("INSERT INTO case_assignment (case_id, user_id) VALUES (?, ?)").params(caseId, userId).update();
        }
    }

    /** Keeps the search column in step: case number, people's names, maltreatment codes and labels. */
    private void refreshSearchText(UUID caseId) {
        String caseNumber = jdbc.sql("SELECT case_number FROM case_file WHERE id = ?").param(caseId)
                .query(String.class).single();
        String names = String.join(" ", jdbc.sql("SELECT first_name || ' ' || last_name FROM person WHERE case_id = ?")
                .param(caseId).query(String.class).list());
        String maltreatments = jdbc.sql("SELECT code FROM case_maltreatment WHERE case_id = ?").param(caseId)
                .query(String.class).list().stream().map(Maltreatment::valueOf)
                .map(m -> m.name().replace('_', ' ') + " " + m.label()).collect(Collectors.joining(" "));
        jdbc.sql("UPDATE case_file SET search_text = ? WHERE id = ?")
                .params(searchText(caseNumber, names, maltreatments), caseId).update();
    }

    static String searchText(String caseNumber, String names, String maltreatments) {
        return String.join(" ", caseNumber, names, maltreatments).toLowerCase(Locale.ROOT);
    }

    private void requireEdit(CurrentUser user, UUID caseId) {
        access.requireViewCase(user, caseId);
        if (!access.canEditCase(user)) {
            throw new org.springframework.security.access.AccessDeniedException("may not edit cases");
        }
    }

    // ---- people -------------------------------------------------------------------------------------------

    private static final String PERSON_SELECT = """
            SELECT p.id, p.case_id, p.role, p.first_name, p.last_name, p.date_of_birth, p.gender, p.preferred_language,
                   p.address_line1, p.address_line2, p.city, p.state, p.postal_code, p.phone, p.email, p.workplace,
                   p.school_or_child_care, p.shelter_status, p.version, p.identity_version
            FROM person p""";

    /** A person as stored; {@code identityVersion} moves only when what everyone may see of them changes. */
    private record StoredPerson(UUID id, UUID caseId, int version, int identityVersion, PersonData data) {
    }

    private static StoredPerson person(ResultSet rs) throws SQLException {
        Address address = new Address(rs.getString("address_line1"), rs.getString("address_line2"),
                rs.getString("city"), rs.getString("state"), rs.getString("postal_code"));
        String gender = rs.getString("gender");
        String language = rs.getString("preferred_language");
        return new StoredPerson(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getInt("version"), rs.getInt("identity_version"), new PersonData(PersonRole.valueOf(rs.getString("role")),
                rs.getString("first_name"), rs.getString("last_name"), rs.getObject("date_of_birth", LocalDate.class),
                gender == null ? null : Gender.valueOf(gender), language == null ? null : SpokenLanguage.of(language),
                address.isEmpty() ? null : address,
                rs.getString("phone"), rs.getString("email"), rs.getString("workplace"),
                rs.getString("school_or_child_care"), rs.getString("shelter_status")));
    }

    /** Builds the view of a person from the fields the user may see; the rest never leaves this method. */
    private PersonView disclose(CurrentUser user, StoredPerson p, java.util.function.Supplier<ContactGuard> guard) {
        PersonData d = p.data();
        boolean seesContact = access.canViewProtectedContactOf(user, p.id(), d.role().name());
        Optional<PersonView.Contact> contact = Optional.empty();
        if (seesContact && access.withholdsSharedContact(user, d.role().name())) {
            // a perpetrator's value that is also a protected person's is withheld from the BAS like theirs
            ContactGuard g = guard.get();
            contact = Optional.of(new PersonView.Contact(
                    d.address() == null || g.shares(d.address().toString()) ? null : d.address(),
                    unless(g, d.phone()), unless(g, d.email()), unless(g, d.workplace()),
                    unless(g, d.schoolOrChildCare()), unless(g, d.shelterStatus())));
        } else if (seesContact) {
            contact = Optional.of(new PersonView.Contact(d.address(), d.phone(), d.email(), d.workplace(),
                    d.schoolOrChildCare(), d.shelterStatus()));
        }
        // a version that moved with a change of protected fields alone would tell the BAS that a survivor moved
        return new PersonView(p.id(), p.caseId(), d.role(), d.firstName(), d.lastName(), d.dateOfBirth(),
                d.gender(), d.preferredLanguage(), contact, seesContact ? p.version() : p.identityVersion());
    }

    private static String unless(ContactGuard guard, String value) {
        return value == null || guard.shares(value) ? null : value;
    }

    /** The case's protected contact values, read once and only if a disclosure needs them. */
    private java.util.function.Supplier<ContactGuard> guardOf(UUID caseId) {
        ContactGuard[] guard = {null};
        return () -> {
            if (guard[0] == null) {
                guard[0] = access.contactGuard(caseId);
            }
            return guard[0];
        };
    }

    private StoredPerson stored(CurrentUser user, UUID personId) {
        StoredPerson p = jdbc.sql(PERSON_SELECT + " WHERE p.id = ?").param(personId).query((rs, n) -> person(rs))
                .optional().orElseThrow(RecordNotFound::new);
        access.requireViewCase(user, p.caseId());
        return p;
    }

    @Transactional
    public PersonView person(CurrentUser user, UUID personId) {
        StoredPerson stored = stored(user, personId);
        PersonView view = disclose(user, stored, guardOf(stored.caseId()));
        if (view.contact().isPresent()) {
            audit.record("READ_PROTECTED", "PERSON", personId);
        }
        return view;
    }

    /**
     * A perpetrator referred to the BIP provider user's organization, as the provider may see him (seed 001): his
     * identity, and while the referral is live his contact fields less any value a protected person shares; a 404 for
     * anyone else, and for any other person.
     */
    @Transactional
    public PersonView participant(CurrentUser provider, UUID personId) {
        if (!provider.is(org.tutela.directory.Role.BIP_PROVIDER) || !access.providerSees(provider, personId, false)) {
            throw new RecordNotFound();
        }
        StoredPerson p = jdbc.sql(PERSON_SELECT + " WHERE p.id = ? AND p.role = 'PERPETRATOR'").param(personId)
                .query((rs, n) -> person(rs)).optional().orElseThrow(RecordNotFound::new);
        // the case's protected values and names, read once and only when his contact fields are shown: the values
        // he shares with a protected person, and those naming one, are withheld
        org.tutela.access.ProviderGuard[] read = {null};
        java.util.function.Supplier<org.tutela.access.ProviderGuard> guard = () -> read[0] != null ? read[0]
                : (read[0] = access.providerGuard(p.caseId()));
        PersonView view = disclose(provider, p, () -> guard.get().contacts());
        if (view.contact().isEmpty()) {
            return view;
        }
        org.tutela.access.ProviderGuard names = guard.get();
        // his own values, but none naming a protected person of the case or a DV center ("c/o" the survivor)
        PersonView.Contact c = view.contact().get();
        java.util.function.UnaryOperator<String> kept = v -> v == null || names.names(v) ? null : v;
        Address address = c.address() == null || names.names(c.address().toString()) ? null : c.address();
        view = new PersonView(view.id(), view.caseId(), view.role(), view.firstName(), view.lastName(),
                view.dateOfBirth(), view.gender(), view.preferredLanguage(), Optional.of(new PersonView.Contact(address,
                kept.apply(c.phone()), kept.apply(c.email()), kept.apply(c.workplace()),
                kept.apply(c.schoolOrChildCare()), kept.apply(c.shelterStatus()))), view.version());
        audit.record("READ_PROTECTED", "PERSON", personId);
        return view;
    }

    /** The person as written, for an edit form or a PATCH (only for those who may edit, who see every field). */
    @Transactional
    public PersonData personData(CurrentUser user, UUID personId) {
        StoredPerson p = stored(user, personId);
        requireEdit(user, p.caseId());
        audit.record("READ_PROTECTED", "PERSON", personId);
        return p.data();
    }

    @Transactional
    public UUID addPerson(CurrentUser user, UUID caseId, PersonData written) {
        requireEdit(user, caseId);
        PersonData data = written.normalized();
        validate(data);
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, case_id, role, first_name, last_name) VALUES (?, ?, ?, ?, ?)")
                .params(id, caseId, data.role().name(), data.firstName().trim(), data.lastName().trim()).update();
        writePerson(id, data);
        requireNoContactInName(caseId, data);
        events.publishEvent(new ContactDetailsChanged(caseId));
        refreshSearchText(caseId);
        recordChanges(caseId, "CASE", caseId, Map.of(), Map.of("people", "added " + data.role().name() + " "
                + data.firstName().trim() + " " + data.lastName().trim()), Set.of(), null, user);
        audit.record("CREATE", "PERSON", id);
        return id;
    }

    /**
     * Changes a person. A role change that would show their protected contact fields to more people (a survivor
     * recorded as the perpetrator: the BAS would see their address) is refused, unless a supervisor confirms it
     * having been told who will then see what ({@code confirmWiderDisclosure}).
     */
    @Transactional
    public void updatePerson(CurrentUser user, UUID personId, PersonData written, Integer expectedVersion,
                             boolean precondition) {
        PersonData data = written.normalized();
        StoredPerson before = stored(user, personId);
        requireEdit(user, before.caseId());
        if (expectedVersion != null && expectedVersion != before.version()) {
            throw new EditConflict(precondition);
        }
        validate(data);
        boolean widens = access.widensContactDisclosure(before.data().role().name(), data.role().name());
        if (widens && !access.mayWidenContactDisclosure(user)) {
            throw new InvalidInput("role", "invalid.person.roleWidens", label(data.role()),
                    access.whoSeesContactOf(before.caseId(), data.role().name()));
        }
        if (widens && !data.widerDisclosureConfirmed()) {
            throw new InvalidInput("confirmWiderDisclosure", "invalid.person.confirmWider", label(data.role()),
                    access.whoSeesContactOf(before.caseId(), data.role().name()));
        }
        if (before.data().role() == PersonRole.PERPETRATOR && data.role() != PersonRole.PERPETRATOR
                && jdbc.sql("SELECT count(*) FROM monitoring WHERE perpetrator_id = ? AND ended_on IS NULL")
                .param(personId).query(Long.class).single() > 0) {
            throw new InvalidInput("role", "invalid.person.monitoringRunning");
        }
        boolean identityChanged = !identity(before.data()).equals(identity(data));
        int updated = jdbc.sql("""
                UPDATE person SET version = version + 1, identity_version = identity_version + ?, updated_at = now()
                WHERE id = ? AND version = ?""")
                .params(identityChanged ? 1 : 0, personId, before.version()).update();
        if (updated == 0) {
            throw new EditConflict(precondition);
        }
        writePerson(personId, data);
        requireNoContactInName(before.caseId(), data);
        events.publishEvent(new ContactDetailsChanged(before.caseId()));
        if (widens) {
            audit.record("DISCLOSURE_WIDENED", "PERSON", personId);
        }
        refreshSearchText(before.caseId());
        // a protected change is kept under the role that hides it more: a value written as a survivor's stays hidden
        // from the BAS even if the person is later recorded as the perpetrator again
        PersonRole roleOfChange = access.basSeesContactOf(before.data().role().name()) ? data.role()
                : before.data().role();
        recordChanges(before.caseId(), "PERSON", personId, personFields(before.data()), personFields(data),
                PROTECTED_FIELDS, roleOfChange, user);
        audit.record("UPDATE", "PERSON", personId);
    }

    private void writePerson(UUID id, PersonData d) {
        Address a = d.address() == null ? new Address(null, null, null, null, null) : d.address();
        jdbc.sql("""
                UPDATE person SET role = ?, first_name = ?, last_name = ?, date_of_birth = ?, gender = ?,
                       preferred_language = ?, address_line1 = ?, address_line2 = ?, city = ?, state = ?,
                       postal_code = ?, phone = ?, email = ?, workplace = ?, school_or_child_care = ?, shelter_status = ?
                WHERE id = ?""")
                .params(d.role().name(), d.firstName().trim(), d.lastName().trim(), d.dateOfBirth(),
                        d.gender() == null ? null : d.gender().name(),
                        d.preferredLanguage() == null ? null : d.preferredLanguage().code(), blankToNull(a.line1()),
                        blankToNull(a.line2()),
                        blankToNull(a.city()), blankToNull(a.state()), blankToNull(a.postalCode()),
                        blankToNull(d.phone()), blankToNull(d.email()), blankToNull(d.workplace()),
                        blankToNull(d.schoolOrChildCare()), blankToNull(d.shelterStatus()), id)
                .update();
    }

    /** The fields of a person that are protected contact information (change history hides them too). */
    static final Set<String> PROTECTED_FIELDS = Set.of("address", "phone", "email", "workplace", "schoolOrChildCare",
            "shelterStatus");

    private static Map<String, String> personFields(PersonData d) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("role", d.role().name());
        fields.put("firstName", d.firstName().trim());
        fields.put("lastName", d.lastName().trim());
        fields.put("dateOfBirth", Objects.toString(d.dateOfBirth(), null));
        fields.put("gender", d.gender() == null ? null : d.gender().name());
        fields.put("preferredLanguage", d.preferredLanguage() == null ? null : d.preferredLanguage().code());
        fields.put("address", d.address() == null || d.address().isEmpty() ? null : d.address().toString());
        fields.put("phone", blankToNull(d.phone()));
        fields.put("email", blankToNull(d.email()));
        fields.put("workplace", blankToNull(d.workplace()));
        fields.put("schoolOrChildCare", blankToNull(d.schoolOrChildCare()));
        fields.put("shelterStatus", blankToNull(d.shelterStatus()));
        return fields;
    }

    /** What everyone who may see the person sees: a change here moves the version all of them see. */
    private static List<Object> identity(PersonData d) {
        return java.util.Arrays.asList(d.role(), d.firstName().trim(), d.lastName().trim(), d.dateOfBirth(),
                d.gender(), d.preferredLanguage());
    }

    private static org.tutela.shared.Messages.Text label(PersonRole role) {
        return new org.tutela.shared.Messages.Text("personRole.lower." + role.name());
    }

    /**
     * A person's name reaches the BAS: it must not carry a protected contact value of anyone in the case (the second
     * line; the writer sees those values, so the refusal tells them nothing new).
     */
    private void requireNoContactInName(UUID caseId, PersonData d) {
        var guard = access.contactGuard(caseId);
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, String> name : Map.of("firstName", d.firstName(), "lastName", d.lastName()).entrySet()) {
            var found = guard.findInName(name.getValue());
            if (!found.isEmpty()) {
                errors.add(new InvalidInput.FieldError(name.getKey(), "invalid.person.contactInName",
                        ContactMatcher.describe(found)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors.stream().sorted(java.util.Comparator.comparing(InvalidInput.FieldError::field))
                    .toList());
        }
    }

    /** A case's number reaches the BAS, the calendar feed and court briefs: the same second line. */
    private void requireNoContact(UUID caseId, String field, String text) {
        var found = access.contactGuard(caseId).find(text);
        if (!found.isEmpty()) {
            throw new InvalidInput(field, "invalid.case.contactInNumber", ContactMatcher.describe(found));
        }
    }

    // ---- change history -----------------------------------------------------------------------------------

    private void recordChanges(UUID caseId, String entityType, UUID entityId, Map<String, String> from,
                               Map<String, String> to, Set<String> protectedFields, PersonRole personRole,
                               CurrentUser user) {
        for (Map.Entry<String, String> field : to.entrySet()) {
            String old = from.get(field.getKey());
            if (!Objects.equals(old, field.getValue())) {
                jdbc.sql("""
                        INSERT INTO change_history (case_id, entity_type, entity_id, field, protected, old_value,
                                                    new_value, changed_by, person_role)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(caseId, entityType, entityId, field.getKey(), protectedFields.contains(field.getKey()),
                                old, field.getValue(), user.username(), personRole == null ? null : personRole.name())
                        .update();
            }
        }
    }

    /** Who changed which field of the case when; protected fields only for those who may see them. */
    @Transactional
    public List<Change> caseHistory(CurrentUser user, UUID caseId) {
        access.requireViewCase(user, caseId);
        return history(user, caseId, caseId);
    }

    @Transactional
    public List<Change> personHistory(CurrentUser user, UUID personId) {
        StoredPerson p = stored(user, personId);
        return history(user, p.caseId(), p.id());
    }

    /** The changes of one record (a case, or a person) of a case, as this user may see them. */
    private List<Change> history(CurrentUser user, UUID caseId, UUID id) {
        boolean[] protectedShown = {false};
        java.util.function.Supplier<ContactGuard> guard = guardOf(caseId);
        List<Change> changes = new ArrayList<>();
        jdbc.sql("""
                SELECT h.entity_id, h.entity_type, h.field, h.protected, h.old_value, h.new_value, h.changed_at,
                       coalesce(u.display_name, h.changed_by) AS changed_by, p.role AS person_role,
                       coalesce(h.person_role, 'SURVIVOR') AS role_then
                FROM change_history h LEFT JOIN person p ON p.id = h.entity_id
                     LEFT JOIN app_user u ON u.username = h.changed_by
                WHERE h.entity_id = ? ORDER BY h.changed_at DESC, h.id DESC""").param(id)
                .query(rs -> {
                    boolean isProtected = rs.getBoolean("protected");
                    // a protected change shows only if the user may see it for the role the person had then and has now
                    UUID entity = rs.getObject("entity_id", UUID.class);
                    if (isProtected && !(access.canViewProtectedContactOf(user, entity, rs.getString("person_role"))
                            && access.canViewProtectedContactOf(user, entity, rs.getString("role_then")))) {
                        return;
                    }
                    // nor, for the BAS, a perpetrator's value that is also a protected person's
                    if (isProtected && access.withholdsSharedContact(user, rs.getString("person_role"))
                            && (guard.get().shares(rs.getString("old_value"))
                            || guard.get().shares(rs.getString("new_value")))) {
                        return;
                    }
                    protectedShown[0] |= isProtected;
                    changes.add(new Change(rs.getObject("entity_id", UUID.class), rs.getString("entity_type"),
                            rs.getString("field"), rs.getString("old_value"), rs.getString("new_value"),
                            rs.getObject("changed_at", OffsetDateTime.class), rs.getString("changed_by")));
                });
        if (protectedShown[0]) {
            audit.record("READ_PROTECTED", "HISTORY", id);
        }
        changes.sort(Comparator.comparing(Change::changedAt).reversed());
        return changes;
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private <T> void validate(T value) {
        validation.check(value);
    }

    private static List<Maltreatment> maltreatments(String codes) {
        if (codes == null || codes.isBlank()) {
            return List.of();
        }
        return Arrays.stream(codes.split(",")).map(Maltreatment::valueOf).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
