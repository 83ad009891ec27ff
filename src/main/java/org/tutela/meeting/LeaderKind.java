package org.tutela.meeting;

/** C.1.6.3: the committee engages system leaders and leaders from underserved communities. */
public enum LeaderKind { SYSTEM_LEADER, UNDERSERVED_COMMUNITY_LEADER, PARTNER }
