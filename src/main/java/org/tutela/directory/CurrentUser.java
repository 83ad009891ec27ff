package org.tutela.directory;

import java.io.Serial;
import java.io.Serializable;
import java.security.Principal;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user, as every access decision sees them: role, organization and, through it, region. */
public record CurrentUser(UUID id, String username, String displayName, Role role, UUID organizationId,
                          OrganizationType organizationType, UUID regionId, String language)
        implements Principal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A user who has not chosen a language: their browser's decides. */
    public CurrentUser(UUID id, String username, String displayName, Role role, UUID organizationId,
                       OrganizationType organizationType, UUID regionId) {
        this(id, username, displayName, role, organizationId, organizationType, regionId, null);
    }

    @Override
    public String getName() {
        return username;
    }

    public boolean is(Role... roles) {
        for (Role r : roles) {
            if (role == r) {
                return true;
            }
        }
        return false;
    }

    /** The user of the current request; requests that reach module code are always signed in. */
    public static CurrentUser get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            return user;
        }
        throw new IllegalStateException("No signed-in user");
    }
}
