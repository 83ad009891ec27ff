-- Issue 7, second review (docs/adr/0008-access-granted-by-another-decided-now.md): a grant is decided against the
-- user as they were when it was asked (role, organization, state and password), by the approver named then, and
-- never by someone who could hold the password of the user, of the requester or their own through a link.

-- Raised each time a one-time link is issued (a new user, a reset). Every password a user can have was set with
-- their latest link, so a grant asked before a link was issued would be decided against another password.
ALTER TABLE app_user ADD COLUMN password_version integer NOT NULL DEFAULT 0;
-- The administrator who issued the latest link, and so could have set the password with it; NULL once someone else
-- confirmed with the user in person that they set it themselves (by approving a grant of theirs), and for users
-- made before this migration.
ALTER TABLE app_user ADD COLUMN password_issued_by uuid;
ALTER TABLE app_user ADD CONSTRAINT app_user_password_issued_by_fk
    FOREIGN KEY (password_issued_by) REFERENCES app_user (id);

-- The user's state and password version when the grant was asked; a grant asked for a disabled user enables them.
ALTER TABLE user_grant ADD COLUMN from_enabled boolean NOT NULL DEFAULT true;
ALTER TABLE user_grant ADD COLUMN from_password_version integer NOT NULL DEFAULT 0;

-- Who decides, fixed when the grant is asked: a supervisor of the organization, or a second administrator (the
-- administrator role, or an organization without a supervisor then). Disabling supervisors later never turns a
-- grant into one an administrator approves. Grants asked before this migration get what they showed then.
ALTER TABLE user_grant ADD COLUMN approver varchar(13);
UPDATE user_grant g SET approver = CASE
    WHEN g.role <> 'ADMIN' AND EXISTS (
        SELECT 1 FROM app_user s
        WHERE s.organization_id = g.organization_id AND s.role = 'SUPERVISOR' AND s.enabled
          AND s.id <> g.user_id AND s.id <> g.requested_by) THEN 'SUPERVISOR'
    ELSE 'ADMINISTRATOR' END;
ALTER TABLE user_grant ALTER COLUMN approver SET NOT NULL;
ALTER TABLE user_grant ADD CONSTRAINT user_grant_approver_ck CHECK (approver IN ('SUPERVISOR', 'ADMINISTRATOR'));
ALTER TABLE user_grant ADD CONSTRAINT user_grant_admin_approver_ck CHECK (role <> 'ADMIN' OR approver = 'ADMINISTRATOR');
