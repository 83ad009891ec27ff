package org.tutela.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * What an administrator gives to create a user: never a password, which the user sets through a one-time link.
 * A role that reads cases, or the administrator role, waits for approval ({@link Grants}).
 */
public record NewUser(
        @NotBlank @Pattern(regexp = "|[A-Za-z0-9._-]{3,60}", message = "{invalid.username}")
        String username,
        @NotBlank @Size(max = 120) String displayName,
        @NotNull Role role,
        @NotNull UUID organizationId) {
}
