package org.tutela.meeting;

/** Where an action item stands; an open one is carried to the next meeting of its type. */
public enum ActionStatus { OPEN, DONE, DROPPED }
