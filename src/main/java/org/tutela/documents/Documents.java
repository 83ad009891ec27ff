package org.tutela.documents;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditTrail;
import org.tutela.directory.CurrentUser;
import org.tutela.shared.InvalidInput;
import org.tutela.shared.RecordNotFound;

/**
 * The documents module's API: keep a file with the record it belongs to, list a record's files, and read one. Who may
 * read a file is the owning record's rule ({@link DocumentOwner}); the owning module decides who may add one before
 * calling {@link #store}. Every store and every read leaves an audit row in the same transaction.
 */
@Service
public class Documents {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Map<String, DocumentOwner> owners;

    Documents(JdbcClient jdbc, AuditTrail audit, List<DocumentOwner> owners) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.owners = owners.stream().collect(Collectors.toMap(DocumentOwner::ownerType, Function.identity()));
    }

    /**
     * Checks an upload for this purpose (not empty, at most {@link Upload#MAX_BYTES}, of a type the purpose allows,
     * read from its content) and throws {@link InvalidInput} on {@code field} when it fails; returns its type.
     */
    public FileType check(String field, DocumentPurpose purpose, Upload upload) {
        if (upload.content().length == 0) {
            throw new InvalidInput(field, "invalid.file.empty");
        }
        if (upload.content().length > Upload.MAX_BYTES) {
            throw new InvalidInput(field, "invalid.file.tooLarge");
        }
        return FileType.of(upload.content()).filter(purpose.types()::contains)
                .orElseThrow(() -> new InvalidInput(field, purpose.types().contains(FileType.DOCX)
                        ? "invalid.file.typeOffice" : "invalid.file.type"));
    }

    /** Keeps a file with its record, after {@link #check}; the caller has decided the user may add it. */
    @Transactional
    public UUID store(CurrentUser user, String ownerType, UUID ownerId, DocumentPurpose purpose, String field,
                      Upload upload) {
        requireOwner(ownerType);
        FileType type = check(field, purpose, upload);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO document (id, owner_type, owner_id, purpose, name, content_type, size, content, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, ownerType, ownerId, purpose.name(), fileName(upload.name(), type), type.mediaType(),
                        upload.content().length, upload.content(), user.id())
                .update();
        audit.record("CREATE", "DOCUMENT", id);
        return id;
    }

    /** The files of one record, oldest first. */
    public List<Document> of(String ownerType, UUID ownerId) {
        return of(ownerType, List.of(ownerId)).getOrDefault(ownerId, List.of());
    }

    /** The files of several records of one kind, by record, oldest first: one statement for a whole list. */
    public Map<UUID, List<Document>> of(String ownerType, Collection<UUID> ownerIds) {
        if (ownerIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                SELECT d.id, d.owner_id, d.purpose, d.name, d.content_type, d.size, u.display_name, d.created_at
                FROM document d JOIN app_user u ON u.id = d.created_by
                WHERE d.owner_type = ? AND d.owner_id = ANY (?) ORDER BY d.created_at, d.id""")
                .params(ownerType, ownerIds.toArray(UUID[]::new))
                .query((rs, n) -> new Document(rs.getObject("id", UUID.class), rs.getObject("owner_id", UUID.class),
                        DocumentPurpose.valueOf(rs.getString("purpose")), rs.getString("name"),
                        rs.getString("content_type"), rs.getInt("size"), rs.getString("display_name"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list().stream().collect(Collectors.groupingBy(Document::ownerId, java.util.LinkedHashMap::new,
                        Collectors.toList()));
    }

    /**
     * A file's content for a user who may see the record it belongs to; otherwise {@link RecordNotFound}, like a file
     * that does not exist. The read is audited.
     */
    @Transactional
    public Download read(CurrentUser user, UUID documentId) {
        record Row(String ownerType, UUID ownerId, String name, String type, byte[] content) {
        }
        Row row = jdbc.sql("SELECT owner_type, owner_id, name, content_type, content FROM document WHERE id = ?")
                .param(documentId)
                .query((rs, n) -> new Row(rs.getString("owner_type"), rs.getObject("owner_id", UUID.class),
                        rs.getString("name"), rs.getString("content_type"), rs.getBytes("content")))
                .optional().orElseThrow(RecordNotFound::new);
        requireOwner(row.ownerType()).requireRead(user, row.ownerId());
        audit.record("READ", "DOCUMENT", documentId);
        return new Download(row.name(), row.type(), row.content());
    }

    private DocumentOwner requireOwner(String ownerType) {
        DocumentOwner owner = owners.get(ownerType);
        if (owner == null) {
            throw new IllegalStateException("no module owns documents of type " + ownerType);
        }
        return owner;
    }

    /**
     * The name kept: the sender's last path segment, characters outside {@code A-Za-z0-9._ -} as {@code _}, at most 200
     * characters, and ending with the extension of the type found (a PDF named "photo.exe" is kept as "photo.exe.pdf").
     */
    static String fileName(String name, FileType type) {
        String base = name == null || name.isBlank() ? "document" : name.replaceAll(".*[/\\\\]", "");
        base = base.replaceAll("[^A-Za-z0-9._ -]", "_").strip();
        if (base.isEmpty() || base.chars().allMatch(ch -> ch == '.' || ch == '_')) {
            base = "document";
        }
        String extension = "." + type.extension();
        if (!base.toLowerCase(java.util.Locale.ROOT).endsWith(extension)
                && !(type == FileType.JPEG && base.toLowerCase(java.util.Locale.ROOT).endsWith(".jpeg"))) {
            base = base + extension;
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }
}
