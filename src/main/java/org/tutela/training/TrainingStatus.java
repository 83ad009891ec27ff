package org.tutela.training;

/** Where a training's materials stand with the contract manager (C.1.2). */
public enum TrainingStatus {
    /** Planned; the materials are not submitted yet. */
    DRAFT,
    /** Submitted, waiting for the contract manager's review. */
    SUBMITTED,
    APPROVED,
    /** Returned with comments: the BAS changes it and submits it again. */
    RETURNED
}
