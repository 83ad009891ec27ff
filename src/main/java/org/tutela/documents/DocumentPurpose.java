package org.tutela.documents;

import java.util.Set;

/** What a file is for, and so which types it may have: materials may be slides or documents, proofs are scans. */
public enum DocumentPurpose {
    /** A compliance check's evidence (C.1.5). */
    EVIDENCE(FileType.SCANS),
    /** Training materials submitted to the contract manager (C.1.2). */
    TRAINING_MATERIALS(FileType.OFFICE_AND_SCANS),
    /** An agenda (C.2.5.4.1, C.2.5.4.2). */
    AGENDA(FileType.OFFICE_AND_SCANS),
    /** A titled sign-in sheet with original signatures, scanned (C.2.5.4.3). */
    SIGN_IN_SHEET(FileType.SCANS),
    /** The online platform's attendee roll or a screenshot showing attendee names (C.2.5.4.4). */
    ONLINE_ROLL(FileType.SCANS),
    /** A Release of Information signed by the survivor (C.1.6.1). */
    SIGNED_RELEASE(FileType.SCANS);

    private final Set<FileType> types;

    DocumentPurpose(Set<FileType> types) {
        this.types = types;
    }

    public Set<FileType> types() {
        return types;
    }
}
