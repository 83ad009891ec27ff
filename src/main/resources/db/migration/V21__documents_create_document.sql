-- One store for every uploaded file (compliance evidence, and next training materials, agendas, sign-in sheets,
-- online rolls, signed Releases of Information): the content in PostgreSQL, the type read from the content, who may
-- read it decided by the record it belongs to (owner_type, owner_id). The compliance evidence moves here.
CREATE TABLE document (
    id           uuid PRIMARY KEY,
    owner_type   varchar(30)  NOT NULL,
    owner_id     uuid         NOT NULL,
    purpose      varchar(30)  NOT NULL,
    name         varchar(200) NOT NULL,
    content_type varchar(100) NOT NULL,
    size         integer      NOT NULL,
    content      bytea        NOT NULL,
    created_by   uuid         NOT NULL,
    created_at   timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT document_created_by_fk FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT document_owner_type_ck CHECK (owner_type IN ('COMPLIANCE_CHECK', 'TRAINING', 'MEETING', 'RELEASE')),
    CONSTRAINT document_purpose_ck CHECK (purpose IN ('EVIDENCE', 'TRAINING_MATERIALS', 'AGENDA', 'SIGN_IN_SHEET',
                                                      'ONLINE_ROLL', 'SIGNED_RELEASE')),
    CONSTRAINT document_content_type_ck CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'application/vnd.openxmlformats-officedocument.presentationml.presentation')),
    CONSTRAINT document_size_ck CHECK (size > 0 AND size <= 20971520 AND size = octet_length(content))
);
CREATE INDEX document_owner_ix ON document (owner_type, owner_id);

INSERT INTO document (id, owner_type, owner_id, purpose, name, content_type, size, content, created_by, created_at)
SELECT gen_random_uuid(), 'COMPLIANCE_CHECK', id, 'EVIDENCE', coalesce(attachment_name, 'evidence'), attachment_type,
       octet_length(attachment), attachment, created_by, created_at
FROM compliance_check WHERE attachment IS NOT NULL;

ALTER TABLE compliance_check DROP CONSTRAINT compliance_check_attachment_type_ck,
                             DROP CONSTRAINT compliance_check_attachment_size_ck,
                             DROP COLUMN attachment_name, DROP COLUMN attachment_type, DROP COLUMN attachment_size,
                             DROP COLUMN attachment;
