package org.tutela.consultation;

/** What a consultation covered (C.1.4). */
public enum Topic {
    /** identification of risk factors */
    RISK_FACTORS,
    /** dynamics of power and control and patterns of coercive control */
    POWER_AND_CONTROL,
    /** specific behaviors the offender engaged in to harm the child */
    BEHAVIORS_HARMING_CHILD,
    /** impact of the perpetrator's behavior and actions on children */
    IMPACT_ON_CHILDREN,
    PERPETRATOR_INTERVIEW_STRATEGIES,
    /** safety actions to hold the perpetrator accountable */
    SAFETY_ACTIONS,
    ACCOUNTABILITY_STRATEGIES
}
