package org.tutela.documents;

import java.util.UUID;
import org.tutela.directory.CurrentUser;

/**
 * A module whose records hold files, asked who may read them: a file is readable by exactly those who may see the
 * record it belongs to. Each owning module provides one bean per kind of record.
 */
public interface DocumentOwner {

    /** The kind of record, as stored with the file (COMPLIANCE_CHECK, TRAINING, ...). */
    String ownerType();

    /** Throws {@link org.tutela.shared.RecordNotFound} when the user may not see the record (so not its files). */
    void requireRead(CurrentUser user, UUID ownerId);
}
