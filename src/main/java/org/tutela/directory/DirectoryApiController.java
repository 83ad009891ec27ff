package org.tutela.directory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tutela.shared.ETags;
import org.tutela.shared.InvalidInput;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Directory", description = "Organizations and API tokens")
class DirectoryApiController {

    /** An organization; {@code version} is its entity tag, for {@code If-Match} on a change. */
    record OrganizationResponse(UUID id, String name, OrganizationType type, UUID regionId, String regionName,
                                int version) {
        static OrganizationResponse of(Organizations.Listing o) {
            return new OrganizationResponse(o.id(), o.name(), o.type(), o.regionId(), o.regionName(), o.version());
        }
    }

    /**
     * An organization's name, kind and region, all three, as they are to be; {@code version}, when given, is the
     * version read (409 when stale; {@code If-Match} does the same with 412).
     */
    record OrganizationUpdate(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String name,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) OrganizationType type,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID regionId,
            Integer version) {
    }

    record TokenRequest(@NotBlank @Size(max = 100) String name,
                        @Min(1) @Max(value = ApiTokens.MAX_DAYS, message = "{invalid.tokenDays}")
                        Integer expiresInDays) {
    }

    /**
     * A new token, shown only this once, with the failed sign-ins to the account since its previous sign-in (and
     * the last one's time), for the user to notice someone else's tries.
     */
    record TokenResponse(UUID id, String token, OffsetDateTime expiresAt, int failedSignInsSinceLastSignIn,
                         OffsetDateTime lastFailedSignInAt) {
    }

    private final Organizations organizations;
    private final ApiTokens tokens;

    DirectoryApiController(Organizations organizations, ApiTokens tokens) {
        this.organizations = organizations;
        this.tokens = tokens;
    }

    @GetMapping("/organizations")
    @Operation(summary = "All organizations (any signed-in user)")
    List<OrganizationResponse> organizations() {
        return organizations.list().stream().map(OrganizationResponse::of).toList();
    }

    @PostMapping("/organizations")
    @Operation(summary = "Add an organization (administrators): its name (unique whatever its letter case), type and "
            + "regionId (a region of the existing organizations)")
    ResponseEntity<OrganizationResponse> createOrganization(@RequestBody OrganizationData request) {
        UUID id = organizations.create(request);
        Organizations.Listing created = organizations.get(id);
        return ResponseEntity.created(URI.create("/api/v1/organizations/" + id)).eTag(ETags.of(created.version()))
                .body(OrganizationResponse.of(created));
    }

    @PutMapping("/organizations/{id}")
    @Operation(summary = "Change an organization's name, type and region, all three (administrators). The region "
            + "stays as it is while the organization has cases, enabled users with a role that reads cases, or grants "
            + "of one waiting: what they read follows from it. Send If-Match: \"<version>\" (412 when stale) or a "
            + "version field (409 when stale).")
    ResponseEntity<OrganizationResponse> updateOrganization(
            @PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody OrganizationUpdate request) {
        if (request == null) {
            throw new InvalidInput("body", "invalid.jsonObject");
        }
        Integer fromHeader = ETags.fromIfMatch(ifMatch);
        organizations.update(id, new OrganizationData(request.name(), request.type(), request.regionId()),
                fromHeader != null ? fromHeader : request.version(), fromHeader != null);
        Organizations.Listing updated = organizations.get(id);
        return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(OrganizationResponse.of(updated));
    }

    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an API token; authenticate with HTTP Basic. The token is shown only once.")
    TokenResponse createToken(@AuthenticationPrincipal CurrentUser user, Authentication authentication,
                              @Valid @RequestBody TokenRequest request) {
        SignIn signIn = (SignIn) authentication.getDetails();
        ApiTokens.Issued issued = tokens.issue(user, signIn, request.name().trim(),
                request.expiresInDays() == null ? ApiTokens.MAX_DAYS : request.expiresInDays());
        return new TokenResponse(issued.id(), issued.token(), issued.expiresAt(), signIn.notice().failures(),
                signIn.notice().lastFailureAt());
    }

    @GetMapping("/tokens")
    @Operation(summary = "Your API tokens (never the token itself)")
    Map<String, List<ApiTokens.TokenInfo>> listTokens(@AuthenticationPrincipal CurrentUser user) {
        return Map.of("items", tokens.list(user));
    }

    @DeleteMapping("/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of your API tokens")
    void revokeToken(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        tokens.revoke(user, id);
    }
}
