package org.tutela.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.shared.PageOf;

/** Reads the audit trail and verifies its hash chain. */
@Service
public class AuditQueries {

    private final JdbcClient jdbc;
    private final AuditSealer sealer;
    private final ChainVerification verification;

    AuditQueries(JdbcClient jdbc, AuditSealer sealer, ChainVerification verification) {
        this.jdbc = jdbc;
        this.sealer = sealer;
        this.verification = verification;
    }

    @Transactional(readOnly = true)
    public PageOf<AuditEntry> search(AuditFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> params = new ArrayList<>();
        if (filter.entityId() != null && !filter.entityId().isBlank()) {
            where.append(" AND entity_id = ?");
            params.add(filter.entityId().trim());
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.append(" AND actor = ?");
            params.add(filter.actor().trim().toLowerCase());
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            where.append(" AND action = ?");
            params.add(filter.action().trim().toUpperCase());
        }
        if (filter.from() != null) {
            where.append(" AND at >= ?");
            params.add(filter.from());
        }
        if (filter.to() != null) {
            where.append(" AND at < ?");
            params.add(filter.to());
        }
        long total = jdbc.sql("SELECT count(*) FROM audit_event" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<AuditEntry> items = jdbc.sql("""
                SELECT seq, at, actor, role, action, entity_type, entity_id, request_id FROM audit_event"""
                        + where + " ORDER BY seq DESC LIMIT ? OFFSET ?")
                .params(pageParams).query(AuditQueries::entry).list();
        return new PageOf<>(items, page, size, total);
    }

    /**
     * Seals what has committed, then verifies the sealed chain against its checkpoints
     * (docs/adr/0006-audit-chain-sealed-after-commit-and-signed.md) and reports the first problem.
     */
    public ChainCheck verify() {
        sealer.seal(false);
        return verification.verify();
    }

    static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class), rs.getString("actor"),
                rs.getString("role"), rs.getString("action"), rs.getString("entity_type"),
                rs.getString("entity_id"), rs.getString("request_id"));
    }
}
