package org.tutela.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.postgresql.PGStatement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tutela.calendar.EventType;
import org.tutela.compliance.ComplianceProperties;
import org.tutela.compliance.FirearmFollowUps;
import org.tutela.compliance.FirearmOutcome;
import org.tutela.compliance.ObligationSource;
import org.tutela.compliance.ObligationStatus;
import org.tutela.consultation.ComplianceAnswer;
import org.tutela.consultation.Topic;
import org.tutela.consultation.YesNo;
import org.tutela.directory.OrganizationType;
import org.tutela.shared.AgencyTime;

/**
 * The report's read models: plain SQL over the consultation, calendar and compliance tables, for the consultations,
 * events and checks of a provider's users (its BAS) in a period. The measures are computed once, here, for the report
 * and the BAS's home page alike.
 */
@Component
class StopBasQueries {

    /** The provider's users: a consultation, an event or a check counts for the provider its BAS works for. */
    private static final String PROVIDER_USERS = "(SELECT u.id FROM app_user u WHERE u.organization_id = ?)";

    /** The rows the driver reads at a time of a statement that may return many (in a transaction). */
    private static final int FETCH_SIZE = 5_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final ComplianceProperties compliance;

    StopBasQueries(JdbcClient jdbc, JdbcTemplate jdbcTemplate, ComplianceProperties compliance) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.compliance = compliance;
    }

    /**
     * A case of the period's consultations, one instance for all of them: its number, and its consultations of the
     * period by day and then as they were written.
     */
    static final class Case {
        final UUID id;
        String number;
        final List<Row> rows = new ArrayList<>(4);

        Case(UUID id) {
            this.id = id;
        }
    }

    /**
     * A consultation of the period as the measures see it: whether its note holds the sentences, as the database
     * found them, and when it was written (in microseconds since 1970, to order one case's consultations of a day).
     */
    record Row(Case of, LocalDate consultedOn, OrganizationType agencyType, List<Topic> topics,
               ComplianceAnswer monitoring, YesNo guided, boolean monitoringSentence, boolean guidanceSentence,
               long createdMicros) {

        UUID caseId() {
            return of.id;
        }

        String caseNumber() {
            return of.number;
        }

        /** E.1.1 counts consultations with a CBC or CMO professional: DCF writes no dependency case plans (N/A). */
        boolean caseManagement() {
            return agencyType == OrganizationType.CBC || agencyType == OrganizationType.CMO;
        }

        // E.1.1: a YES counts only with "BAS initiated batterer compliance monitoring." in the note
        boolean monitoringCounts() {
            return caseManagement() && monitoring == ComplianceAnswer.YES && monitoringSentence;
        }

        // E.1.2: a YES counts only with one of the three sentences in the note
        boolean guidanceCounts() {
            return guided == YesNo.YES && guidanceSentence;
        }
    }

    /** One case's consultations: by day, then as they were written. */
    static final Comparator<Row> WITHIN_CASE = (a, b) -> {
        int c = a.consultedOn().compareTo(b.consultedOn());
        return c != 0 ? c : Long.compare(a.createdMicros(), b.createdMicros());
    };

    /**
     * The consultations of a provider in a period: every case with one, once, in number order, each with its
     * consultations ({@link Case#rows}); {@code count} consultations in all.
     */
    record Period(List<Case> cases, int count) {

        /** Every consultation: by day, then case number, then as they were written. */
        List<Row> inOrder() {
            // the cases are in number order and each case's consultations by day and as written: a stable sort by
            // day alone gives that order
            List<Row> rows = new ArrayList<>(count);
            cases.forEach(c -> rows.addAll(c.rows));
            rows.sort(Comparator.comparing(Row::consultedOn));
            return rows;
        }
    }

    /**
     * The provider's consultations dated in the period. Whether a note holds the E.1.1 sentence or an E.1.2 sentence
     * is kept by the database beside the note (V27, computed from it on every write, so a YES whose sentence was
     * edited away later does not count) and the notes never leave it. The statement reads one index only
     * (consultation_report_ix: the provider's BAS, the period's days, the answers); the case numbers come after, once
     * per case and in number order, and each case's consultations are put in order here: a quarter of a busy provider
     * is 130,000 consultations over 35,000 cases (docs/PERFORMANCE.md). A day, a case and a list of topics are one
     * object each, however many consultations share them.
     */
    Period consultations(UUID providerId, LocalDate from, LocalDate to) {
        ByText<OrganizationType> agencies = new ByText<>(OrganizationType::valueOf);
        ByText<List<Topic>> topicLists = new ByText<>(StopBasQueries::topics);
        ByText<ComplianceAnswer> answers = new ByText<>(ComplianceAnswer::valueOf);
        ByText<YesNo> guided = new ByText<>(YesNo::valueOf);
        long firstDay = from.toEpochDay();
        LocalDate[] days = new LocalDate[(int) (to.toEpochDay() - firstDay) + 1];
        CaseTable cases = new CaseTable();
        int[] count = {0};
        binary(CONSULTATIONS, inPeriod(providerId, from, to), rs -> {
            Case of = cases.add(rs, 1);
            int day = (int) (rs.getInt(2) - firstDay);
            LocalDate on = days[day];
            if (on == null) {
                on = from.plusDays(day);
                days[day] = on;
            }
            of.rows.add(new Row(of, on, agencies.of(rs, 3), topicLists.of(rs, 4), answers.of(rs, 5), guided.of(rs, 6),
                    rs.getBoolean(7), rs.getBoolean(8), micros(rs, 9)));
            count[0]++;
        });
        List<Case> ordered = numberCases(cases, providerId, from, to);
        ordered.forEach(c -> c.rows.sort(WITHIN_CASE));
        return new Period(ordered, count[0]);
    }

    /** The provider's consultations of the period (the provider and the period's first and last day to bind). */
    private static final String CONSULTATIONS = """
            SELECT k.case_id, k.consulted_on - DATE '1970-01-01' AS day, k.organization_type,
                   array_to_string(k.topics, ',') AS topics, k.compliance_monitoring, k.guided_safety_actions,
                   k.note_has_monitoring_sentence, k.note_has_guidance_sentence, k.created_at
            FROM consultation k
            WHERE k.bas_user_id IN""" + PROVIDER_USERS + """
             AND k.consulted_on BETWEEN ? AND ?""";

    /**
     * The value of a text column (an enum's name, a list of topics) from its UTF-8 bytes as the driver holds them, each
     * distinct text made a value once: no String per row and column (four a consultation, 130,000 consultations a
     * quarter) for a few hundred distinct texts.
     */
    static final class ByText<T> {
        private final java.util.function.Function<String, T> value;
        private byte[][] keys = new byte[64][];
        private Object[] values = new Object[64];
        private int size;

        ByText(java.util.function.Function<String, T> value) {
            this.value = value;
        }

        @SuppressWarnings("unchecked")
        T of(ResultSet rs, int column) throws SQLException {
            byte[] b = rs.getBytes(column);
            int i = Arrays.hashCode(b) & (keys.length - 1);
            for (; keys[i] != null; i = (i + 1) & (keys.length - 1)) {
                if (Arrays.equals(keys[i], b)) {
                    return (T) values[i];
                }
            }
            T v = value.apply(new String(b, java.nio.charset.StandardCharsets.UTF_8));
            if (2 * (size + 1) > keys.length) {
                byte[][] oldKeys = keys;
                Object[] oldValues = values;
                keys = new byte[oldKeys.length * 2][];
                values = new Object[oldKeys.length * 2];
                for (int k = 0; k < oldKeys.length; k++) {
                    if (oldKeys[k] != null) {
                        put(oldKeys[k], oldValues[k]);
                    }
                }
            }
            put(b.clone(), v);
            size++;
            return v;
        }

        private void put(byte[] key, Object v) {
            int i = Arrays.hashCode(key) & (keys.length - 1);
            while (keys[i] != null) {
                i = (i + 1) & (keys.length - 1);
            }
            keys[i] = key;
            values[i] = v;
        }
    }

    /** PostgreSQL's binary timestamps count microseconds from 2000-01-01 UTC; this many from 1970 to then. */
    private static final long MICROS_1970_TO_2000 = 946_684_800_000_000L;

    /**
     * A timestamptz column in microseconds since 1970 (PostgreSQL keeps microseconds): read from its 8 bytes when the
     * driver holds it in binary (a big-endian count from 2000), else as a date and time.
     */
    private static long micros(ResultSet rs, int column) throws SQLException {
        byte[] b = rs.getBytes(column);
        if (b.length == 8) {
            return bigEndian(b, 0) + MICROS_1970_TO_2000;
        }
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t.toEpochSecond() * 1_000_000 + t.getNano() / 1_000;
    }

    private static long bigEndian(byte[] b, int at) {
        long v = 0;
        for (int i = at; i < at + 8; i++) {
            v = (v << 8) | (b[i] & 0xff);
        }
        return v;
    }

    /**
     * The period's cases by id: the two halves of each id side by side in one array (open addressing), looked up once
     * per consultation (130,000 times for 35,000 cases in a busy quarter) from the id's 16 bytes as the driver holds
     * them in binary, without a UUID, a map entry and their pointers to follow for each consultation.
     */
    static final class CaseTable {
        private long[] ids = new long[2 * 1024];
        private Case[] cases = new Case[1024];
        private int size;
        /** The id of the row at hand: its two halves. */
        private final long[] id = new long[2];

        /** The case whose id is the uuid column {@code column} of the current row, added if new. */
        Case add(ResultSet rs, int column) throws SQLException {
            long[] id = id(rs, column);
            Case of = get(id[0], id[1]);
            if (of == null) {
                of = new Case(new UUID(id[0], id[1]));
                put(id[0], id[1], of);
            }
            return of;
        }

        /** The case whose id is the uuid column {@code column} of the current row, or null. */
        Case find(ResultSet rs, int column) throws SQLException {
            long[] id = id(rs, column);
            return get(id[0], id[1]);
        }

        private long[] id(ResultSet rs, int column) throws SQLException {
            byte[] b = rs.getBytes(column);
            if (b.length == 16) {
                id[0] = bigEndian(b, 0);
                id[1] = bigEndian(b, 8);
            } else { // as text
                UUID u = rs.getObject(column, UUID.class);
                id[0] = u.getMostSignificantBits();
                id[1] = u.getLeastSignificantBits();
            }
            return id;
        }

        private int slot(long hi, long lo) {
            long h = (hi ^ lo) * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 40) & (cases.length - 1);
        }

        private Case get(long hi, long lo) {
            for (int i = slot(hi, lo); cases[i] != null; i = (i + 1) & (cases.length - 1)) {
                if (ids[2 * i] == hi && ids[2 * i + 1] == lo) {
                    return cases[i];
                }
            }
            return null;
        }

        private void put(long hi, long lo, Case of) {
            if (2 * (size + 1) > cases.length) {
                long[] oldIds = ids;
                Case[] old = cases;
                ids = new long[oldIds.length * 2];
                cases = new Case[old.length * 2];
                for (int i = 0; i < old.length; i++) {
                    if (old[i] != null) {
                        insert(oldIds[2 * i], oldIds[2 * i + 1], old[i]);
                    }
                }
            }
            insert(hi, lo, of);
            size++;
        }

        private void insert(long hi, long lo, Case of) {
            int i = slot(hi, lo);
            while (cases[i] != null) {
                i = (i + 1) & (cases.length - 1);
            }
            ids[2 * i] = hi;
            ids[2 * i + 1] = lo;
            cases[i] = of;
        }

        int size() {
            return size;
        }

        List<Case> all() {
            List<Case> all = new ArrayList<>(size);
            for (Case c : cases) {
                if (c != null) {
                    all.add(c);
                }
            }
            return all;
        }
    }

    /** The ids and numbers of the cases of the provider's consultations of the period. */
    private static final String CASE_NUMBERS = """
            SELECT c.id, c.case_number FROM case_file c
            WHERE c.id IN (SELECT k.case_id FROM consultation k
                           WHERE k.bas_user_id IN""" + PROVIDER_USERS + """
                            AND k.consulted_on BETWEEN ? AND ?)""";

    private static PreparedStatementSetter inPeriod(UUID providerId, LocalDate from, LocalDate to) {
        return ps -> {
            ps.setObject(1, providerId);
            ps.setObject(2, from);
            ps.setObject(3, to);
        };
    }

    /**
     * A statement whose rows the driver reads {@link #FETCH_SIZE} at a time (in the report's transaction, not the
     * whole result at once: a busy quarter's rows held by the driver all together kept the garbage collector busy) and
     * in PostgreSQL's binary format: a case id is then 16 bytes, not 36 characters to parse.
     */
    private void binary(String sql, PreparedStatementSetter values, RowCallbackHandler rows) {
        jdbcTemplate.query(con -> {
            java.sql.PreparedStatement ps = con.prepareStatement(sql);
            ps.setFetchSize(FETCH_SIZE);
            // a negative threshold: prepared on the server from the first use, its rows sent in binary
            ps.unwrap(PGStatement.class).setPrepareThreshold(-1);
            values.setValues(ps);
            return ps;
        }, rows);
    }

    /**
     * Each case's number, once per case (from the index V28 keeps for it), and the cases in number order as Java
     * orders these texts (as "C" does). The cases are read as those of the same consultations again; a case the first
     * statement saw and this one does not (its consultation deleted between the two) is read by its id, and a case this
     * one sees and the first did not (a consultation written between the two) is left out, as its consultation is.
     */
    private List<Case> numberCases(CaseTable cases, UUID providerId, LocalDate from, LocalDate to) {
        if (cases.size() == 0) {
            return List.of();
        }
        List<Case> ordered = new ArrayList<>(cases.size());
        RowCallbackHandler number = rs -> {
            Case of = cases.find(rs, 1);
            if (of != null && of.number == null) {
                of.number = rs.getString(2);
                ordered.add(of);
            }
        };
        binary(CASE_NUMBERS, inPeriod(providerId, from, to), number);
        if (ordered.size() != cases.size()) {
            UUID[] missing = cases.all().stream().filter(c -> c.number == null).map(c -> c.id).toArray(UUID[]::new);
            jdbc.sql("SELECT c.id, c.case_number FROM case_file c WHERE c.id = ANY (?)").param(missing).query(number);
            if (ordered.size() != cases.size()) { // a consultation's case is kept as long as the consultation
                throw new IllegalStateException("a case of the period's consultations has no number");
            }
        }
        ordered.sort(BY_NUMBER);
        return ordered;
    }

    private static final Comparator<Case> BY_NUMBER = (a, b) -> a.number.compareTo(b.number);

    /** The topics as {@code array_to_string} writes them ("RISK_FACTORS,SAFETY_ACTIONS"). */
    private static List<Topic> topics(String joined) {
        return Arrays.stream(joined.split(",")).map(Topic::valueOf).toList();
    }

    /** E.1.1 and E.1.2 over the consultations of a period (see {@link #consultations}), each case in number order. */
    static Measure[] measures(Period period, boolean links) {
        return measures(period, links, true);
    }

    /**
     * E.1.1 and E.1.2 over the consultations of a period; with {@code lines}, each case of their denominators in
     * number order, with why it does not count (the drill-down), else the figures alone, counted by the same rules.
     */
    static Measure[] measures(Period period, boolean links, boolean lines) {
        if (!lines) {
            long e11Numerator = 0;
            long e11Denominator = 0;
            long e12Numerator = 0;
            for (Case of : period.cases()) {
                boolean caseManagement = false;
                boolean monitoring = false;
                boolean guidance = false;
                for (Row r : of.rows) {
                    caseManagement |= r.caseManagement();
                    monitoring |= r.monitoringCounts();
                    guidance |= r.guidanceCounts();
                }
                if (caseManagement) {
                    e11Denominator++;
                    if (monitoring) {
                        e11Numerator++;
                    }
                }
                if (guidance) {
                    e12Numerator++;
                }
            }
            return new Measure[] {Measure.counted(e11Numerator, e11Denominator),
                    Measure.counted(e12Numerator, period.cases().size())};
        }
        List<CaseLine> e11 = new ArrayList<>();
        List<CaseLine> e12 = new ArrayList<>(period.cases().size());
        // one instance per distinct reason (a few hundred in a quarter), however many cases give it
        Map<Reason, Reason> reasons = new HashMap<>();
        for (Case of : period.cases()) {
            // the case's consultations by day, then as written: the first that counts is the one named
            List<Row> consultations = of.rows;
            UUID caseId = links ? of.id : null;
            // E.1.1: the denominator is the cases with at least one CBC or CMO consultation
            boolean caseManagement = false;
            Row counted = null;
            for (Row r : consultations) {
                if (r.caseManagement()) {
                    caseManagement = true;
                    if (r.monitoringCounts()) {
                        counted = r;
                        break;
                    }
                }
            }
            if (caseManagement) {
                List<Reason> why = List.of();
                if (counted == null) {
                    why = new ArrayList<>(consultations.size());
                    for (Row r : consultations) {
                        if (r.caseManagement()) {
                            why.add(reason(reasons, r.monitoring() == ComplianceAnswer.YES
                                    ? Reason.Code.E11_SENTENCE_MISSING : Reason.Code.E11_ANSWERED_NO, r));
                        }
                    }
                    why = Collections.unmodifiableList(why);
                }
                e11.add(line(caseId, of.number, counted, why));
            }
            // E.1.2: the denominator is every case with a consultation of any agency type
            counted = null;
            for (Row r : consultations) {
                if (r.guidanceCounts()) {
                    counted = r;
                    break;
                }
            }
            List<Reason> why = List.of();
            if (counted == null) {
                List<Reason> missing = new ArrayList<>(consultations.size());
                for (Row r : consultations) {
                    if (r.guided() == YesNo.YES) {
                        missing.add(reason(reasons, Reason.Code.E12_SENTENCE_MISSING, r));
                    }
                }
                why = missing.isEmpty() ? List.of(NOT_GUIDED) : Collections.unmodifiableList(missing);
            }
            e12.add(line(caseId, of.number, counted, why));
        }
        return new Measure[] {Measure.of(e11), Measure.of(e12)};
    }

    private static final Reason NOT_GUIDED = Reason.wholeCase(Reason.Code.E12_NOT_GUIDED);

    private static Reason reason(Map<Reason, Reason> reasons, Reason.Code code, Row r) {
        Reason reason = Reason.of(code, r.consultedOn(), r.agencyType());
        Reason same = reasons.putIfAbsent(reason, reason);
        return same != null ? same : reason;
    }

    private static CaseLine line(UUID caseId, String caseNumber, Row counted, List<Reason> reasons) {
        return new CaseLine(caseId, caseNumber, counted != null, counted == null ? null : counted.consultedOn(),
                counted == null ? null : counted.agencyType(), reasons);
    }

    /**
     * The consultations by agency type (each type, none left out) and by topic; with {@code items}, each consultation
     * by day, then case number, then as written (the page and the exports always; the API when asked).
     */
    static StopBasReport.Consultations consultationSection(Period period, boolean links, boolean items) {
        Map<OrganizationType, Long> byAgency = new EnumMap<>(OrganizationType.class);
        for (OrganizationType t : List.of(OrganizationType.DCF, OrganizationType.CBC, OrganizationType.CMO)) {
            byAgency.put(t, 0L);
        }
        Map<Topic, Long> byTopic = new EnumMap<>(Topic.class);
        for (Topic t : Topic.values()) {
            byTopic.put(t, 0L);
        }
        long[] agencies = new long[OrganizationType.values().length];
        long[] topics = new long[Topic.values().length];
        for (Case of : period.cases()) {
            for (Row r : of.rows) {
                agencies[r.agencyType().ordinal()]++;
                for (Topic t : r.topics()) {
                    topics[t.ordinal()]++;
                }
            }
        }
        for (OrganizationType t : OrganizationType.values()) {
            if (agencies[t.ordinal()] > 0) {
                byAgency.put(t, agencies[t.ordinal()]);
            }
        }
        for (Topic t : Topic.values()) {
            byTopic.put(t, topics[t.ordinal()]);
        }
        List<StopBasReport.ConsultationLine> lines = null;
        if (items) {
            lines = new ArrayList<>(period.count());
            for (Row r : period.inOrder()) {
                lines.add(new StopBasReport.ConsultationLine(links ? r.caseId() : null, r.caseNumber(),
                        r.consultedOn(), r.agencyType(), r.topics(), r.monitoring(), r.guided()));
            }
        }
        return new StopBasReport.Consultations(period.count(), counts(byAgency), counts(byTopic), lines);
    }

    /** C.1.3: the staffings and hearings the provider's BAS attended, by the agency's day they started on. */
    StopBasReport.Events events(UUID providerId, LocalDate from, LocalDate to, boolean links) {
        List<StopBasReport.EventLine> items = jdbc.sql("""
                SELECT e.case_id, c.case_number, e.starts_at, e.type
                FROM event e JOIN case_file c ON c.id = e.case_id
                WHERE e.bas_user_id IN""" + PROVIDER_USERS + """
                 AND e.status = 'ATTENDED' AND e.starts_at >= ? AND e.starts_at < ?
                ORDER BY e.starts_at""")
                .params(providerId, start(from), start(to.plusDays(1)))
                .query((rs, n) -> new StopBasReport.EventLine(links ? rs.getObject("case_id", UUID.class) : null,
                        rs.getString("case_number"), rs.getObject("starts_at", OffsetDateTime.class)
                                .atZoneSameInstant(AgencyTime.ZONE).toLocalDate(),
                        EventType.valueOf(rs.getString("type"))))
                .list();
        Map<EventType, Long> byType = new EnumMap<>(EventType.class);
        for (EventType t : EventType.values()) {
            byType.put(t, 0L);
        }
        items.forEach(e -> byType.merge(e.type(), 1L, Long::sum));
        return new StopBasReport.Events(items.size(), counts(byType), items);
    }

    /** C.1.5: monitoring, checks and firearm follow-ups of the provider's BAS in the period. */
    StopBasReport.Monitoring monitoring(UUID providerId, LocalDate from, LocalDate to, boolean links) {
        List<StopBasReport.MonitoringLine> monitored = jdbc.sql("""
                SELECT m.case_id, c.case_number, m.started_on, m.ended_on
                FROM monitoring m JOIN case_file c ON c.id = m.case_id
                WHERE m.started_by IN""" + PROVIDER_USERS + """
                 AND m.started_on <= ? AND (m.ended_on IS NULL OR m.ended_on >= ?)
                ORDER BY m.started_on, c.case_number""")
                .params(providerId, to, from)
                .query((rs, n) -> new StopBasReport.MonitoringLine(links ? rs.getObject("case_id", UUID.class) : null,
                        rs.getString("case_number"), rs.getObject("started_on", LocalDate.class),
                        rs.getObject("ended_on", LocalDate.class)))
                .list();
        List<StopBasReport.CheckLine> checks = jdbc.sql("""
                SELECT m.case_id, c.case_number, k.checked_on, o.source, k.finding
                FROM compliance_check k JOIN obligation o ON o.id = k.obligation_id
                     JOIN monitoring m ON m.id = o.monitoring_id JOIN case_file c ON c.id = m.case_id
                WHERE k.created_by IN""" + PROVIDER_USERS + """
                 AND k.checked_on BETWEEN ? AND ?
                ORDER BY k.checked_on, c.case_number""")
                .params(providerId, from, to)
                .query((rs, n) -> new StopBasReport.CheckLine(links ? rs.getObject("case_id", UUID.class) : null,
                        rs.getString("case_number"), rs.getObject("checked_on", LocalDate.class),
                        ObligationSource.valueOf(rs.getString("source")), ObligationStatus.valueOf(rs.getString("finding"))))
                .list();
        List<StopBasReport.FirearmLine> firearms = firearms(providerId, from, to, links);
        return new StopBasReport.Monitoring(monitored.size(), monitored, checks.size(), checks, firearms.size(),
                firearms.stream().filter(StopBasReport.FirearmLine::open).count(),
                firearms.stream().filter(StopBasReport.FirearmLine::overdue).count(),
                firearms.stream().filter(f -> f.escalations() > 0).count(), firearms);
    }

    /**
     * C.1.5: the firearm surrender follow-ups of the provider's monitoring that were open at some time in the period
     * (ordered by its end, and not resolved before its start), each as it stands today ({@link FirearmFollowUps}).
     */
    private List<StopBasReport.FirearmLine> firearms(UUID providerId, LocalDate from, LocalDate to, boolean links) {
        LocalDate today = AgencyTime.today();
        int grace = compliance.firearmGraceDays();
        record Firearm(StopBasReport.FirearmLine line, LocalDate resolvedOn) {
        }
        return jdbc.sql("""
                SELECT m.case_id, c.case_number, o.due_on, o.firearm_outcome, o.firearm_outcome_on,
                       latest.resolved AS latest_resolved, latest.responded_on AS latest_response_on,
                       (SELECT count(*) FROM escalation e WHERE e.obligation_id = o.id) AS escalations
                FROM obligation o JOIN monitoring m ON m.id = o.monitoring_id JOIN case_file c ON c.id = m.case_id
                     LEFT JOIN LATERAL (SELECT e.resolved, e.responded_on FROM escalation e WHERE e.obligation_id = o.id
                                        ORDER BY e.escalated_on DESC, e.created_at DESC LIMIT 1) latest ON true
                WHERE o.source = 'FIREARM_SURRENDER' AND m.started_by IN""" + PROVIDER_USERS + """
                 AND o.ordered_on <= ?
                ORDER BY o.due_on, c.case_number""")
                .params(providerId, to)
                .query((rs, n) -> {
                    FirearmOutcome outcome = rs.getString("firearm_outcome") == null ? null
                            : FirearmOutcome.valueOf(rs.getString("firearm_outcome"));
                    LocalDate outcomeOn = rs.getObject("firearm_outcome_on", LocalDate.class);
                    Boolean latestResolved = (Boolean) rs.getObject("latest_resolved");
                    LocalDate responseOn = rs.getObject("latest_response_on", LocalDate.class);
                    boolean resolved = FirearmFollowUps.resolved(outcome, outcomeOn, latestResolved, responseOn);
                    // the day it was resolved: the closing outcome's, else the resolving answer's
                    LocalDate resolvedOn = !resolved ? null
                            : outcome != null && outcome.closesFollowUp() ? outcomeOn : responseOn;
                    LocalDate due = rs.getObject("due_on", LocalDate.class);
                    return new Firearm(new StopBasReport.FirearmLine(links ? rs.getObject("case_id", UUID.class) : null,
                            rs.getString("case_number"), due, !resolved,
                            FirearmFollowUps.overdue(due, grace, resolved, today), rs.getLong("escalations")),
                            resolvedOn);
                })
                .list().stream()
                .filter(f -> f.resolvedOn() == null || !f.resolvedOn().isBefore(from))
                .map(Firearm::line).toList();
    }

    private static OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(AgencyTime.ZONE).toOffsetDateTime();
    }

    private static <E extends Enum<E>> List<StopBasReport.Count> counts(Map<E, Long> counts) {
        return counts.entrySet().stream().map(e -> new StopBasReport.Count(e.getKey().name(), e.getValue())).toList();
    }
}
