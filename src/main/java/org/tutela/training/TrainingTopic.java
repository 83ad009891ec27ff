package org.tutela.training;

/** What a training teaches (C.1.2). */
public enum TrainingTopic {
    /** C.1.2.1 */
    PERPETRATOR_ENGAGEMENT,
    /** C.1.2.2 */
    BATTERER_DYNAMICS,
    /** C.1.2.3: case plans and safety actions that increase batterer accountability */
    CASE_PLAN_AND_SAFETY_ACTIONS,
    /** Another topic, named in the training's other topic. */
    OTHER
}
