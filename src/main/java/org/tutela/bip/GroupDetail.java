package org.tutela.bip;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A group with its participants (those who take sessions first) and its sessions, the latest first. */
public record GroupDetail(Group group, List<Member> members, List<Session> sessions, List<Rule> rules) {

    /** A participant of the group. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "BipGroupMember")
    public record Member(UUID referralId, String name, ReferralStatus status, int attended, LocalDate expiresOn,
                         boolean takesSessions) {
    }

    /** A session held, with how many were there of those recorded. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "BipGroupSession")
    public record Session(UUID id, LocalDate heldOn, int present, int recorded) {
    }
}
