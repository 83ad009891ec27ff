package org.tutela.directory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Directory", description = "Organizations and API tokens")
class DirectoryApiController {

    record OrganizationResponse(UUID id, String name, OrganizationType type, UUID regionId, String regionName) {
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

    private final UserDirectory directory;
    private final ApiTokens tokens;

    DirectoryApiController(UserDirectory directory, ApiTokens tokens) {
        this.directory = directory;
        this.tokens = tokens;
    }

    @GetMapping("/organizations")
    @Operation(summary = "All organizations (any signed-in user)")
    List<OrganizationResponse> organizations() {
        return directory.organizations().stream()
                .map(o -> new OrganizationResponse(o.id(), o.name(), o.type(), o.regionId(), o.regionName())).toList();
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
