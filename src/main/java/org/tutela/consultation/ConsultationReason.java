package org.tutela.consultation;

/**
 * Why a child welfare professional asks the BAS for a consultation: the vetted list a request chooses from, so that
 * what reaches the BAS is a choice rather than a story (the optional note is short and checked).
 */
public enum ConsultationReason {
    /** the perpetrator's risk and pattern of coercive control */
    RISK_AND_PATTERN,
    /** safety actions that hold the perpetrator accountable */
    SAFETY_ACTIONS,
    /** the perpetrator's tasks in the case plan */
    CASE_PLAN,
    PERPETRATOR_INTERVIEW,
    /** preparing for a staffing or a hearing */
    STAFFING_OR_HEARING,
    /** access to firearms, or their surrender */
    FIREARMS,
    /** a new incident or threat */
    NEW_INCIDENT,
    OTHER
}
