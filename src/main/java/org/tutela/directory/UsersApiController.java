package org.tutela.directory;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tutela.shared.InvalidInput;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Users", description = "User administration, and the approval of roles that read cases")
class UsersApiController {

    /**
     * A user as administrators see them. {@code role} is null while the first role waits for approval;
     * {@code passwordLink} is there only in the answer that created it, and is shown this once.
     */
    record UserResponse(UUID id, String username, String displayName, Role role, UUID organizationId,
                        String organizationName, boolean enabled, boolean passwordSet,
                        OffsetDateTime signInDelayedUntil, UserAccount.PendingGrant pendingGrant,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String passwordLink,
                        @JsonInclude(JsonInclude.Include.NON_NULL) OffsetDateTime passwordLinkExpiresAt) {
        static UserResponse of(UserAccount u, PasswordLinks.Issued link) {
            return new UserResponse(u.id(), u.username(), u.displayName(), u.role(), u.organizationId(),
                    u.organizationName(), u.enabled(), u.passwordSet(), u.signInDelayedUntil(), u.pendingGrant(),
                    link == null ? null : link.url(), link == null ? null : link.expiresAt());
        }
    }

    /** What a user may be patched with (a JSON merge patch; none of them can be cleared). */
    record UserPatch(Role role, UUID organizationId, Boolean enabled) {
    }

    record DecisionRequest(Grants.Decision decision, String reason) {
    }

    private final UserAdministration administration;
    private final Grants grants;
    private final JsonMapper mapper;

    UsersApiController(UserAdministration administration, Grants grants, JsonMapper mapper) {
        this.administration = administration;
        this.grants = grants;
        this.mapper = mapper;
    }

    @GetMapping("/users")
    @Operation(summary = "All users, with their pending grants (administrators)")
    Map<String, List<UserResponse>> users() {
        return Map.of("items", administration.accounts().stream().map(u -> UserResponse.of(u, null)).toList());
    }

    @PostMapping("/users")
    @Operation(summary = "Create a user without a password (administrators). The answer holds the user's one-time "
            + "link to set it, valid 24 hours; a role that reads cases, or the administrator role, waits for approval.")
    ResponseEntity<UserResponse> createUser(@AuthenticationPrincipal CurrentUser admin,
                                            @Valid @RequestBody NewUser request) {
        UserAdministration.WithLink created = administration.create(admin, request);
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.userId()))
                .body(UserResponse.of(administration.account(created.userId()), created.link()));
    }

    @PatchMapping("/users/{id}")
    @Operation(summary = "Change a user's role, organization or enabled state (JSON merge patch; administrators). "
            + "202 when the change waits for approval (a role that reads cases given, moved or enabled again, the "
            + "administrator role); taking access away is immediate and ends the user's sessions, tokens and calendar "
            + "feed; a move ends their assignments to other organizations' cases.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = UserPatch.class))))
    ResponseEntity<UserResponse> change(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id,
                                        @RequestBody JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidInput("body", "invalid.jsonObject");
        }
        for (String field : List.of("role", "organizationId", "enabled")) {
            if (body.has(field) && body.get(field).isNull()) {
                throw new InvalidInput(field, "invalid.notClearable");
            }
        }
        UserPatch patch = mapper.treeToValue(body, UserPatch.class);
        UserAdministration.Outcome outcome = administration.change(admin, id,
                new UserAdministration.Changes(patch.role(), patch.organizationId(), patch.enabled()));
        return ResponseEntity.status(outcome == UserAdministration.Outcome.PENDING ? HttpStatus.ACCEPTED : HttpStatus.OK)
                .body(UserResponse.of(administration.account(id), null));
    }

    @PostMapping("/users/{id}/unlock")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Clear the user's sign-in delays from every address (administrators; not your own account)")
    void unlock(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id) {
        administration.unlock(admin, id);
    }

    @PostMapping("/users/{id}/password-reset")
    @Operation(summary = "Make the user's password unusable, end their sessions, tokens and calendar feed, and "
            + "answer a new one-time link (administrators). A role that reads cases, and any grant that waited, are "
            + "asked for again with the caller as requester: someone else approves them.")
    UserResponse resetPassword(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id) {
        UserAdministration.WithLink reset = administration.resetPassword(admin, id, null);
        return UserResponse.of(administration.account(id), reset.link());
    }

    @GetMapping("/user-approvals")
    @Operation(summary = "Pending grants and those of the last 90 days: all for administrators, their organization's "
            + "for supervisors; each says what the user will see once approved and whether you can decide")
    Map<String, List<Grants.View>> approvals(@AuthenticationPrincipal CurrentUser me) {
        return Map.of("items", grants.visibleTo(me));
    }

    @PostMapping("/user-approvals/{id}/decision")
    @Operation(summary = "Approve or refuse a grant (a supervisor of its organization, or a second administrator, "
            + "as fixed when it was asked); a refusal says why. 409 when the user changed since it was asked, has "
            + "not set their password yet, or its requester is no longer an administrator.")
    Grants.View decide(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                       @RequestBody DecisionRequest request) {
        return grants.decide(me, id, request.decision(), request.reason());
    }
}
