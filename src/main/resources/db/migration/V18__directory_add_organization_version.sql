-- Issue 9, part 7: administrators keep organizations (name, type, region) on a page and through the API. Raised by
-- every change, so that two administrators editing the same organization never silently overwrite each other
-- (If-Match, or the version a page form was shown with).
ALTER TABLE organization ADD COLUMN version integer NOT NULL DEFAULT 0;
-- The name is unique whatever its letter case ("DCF Suncoast" and "dcf suncoast" would be one organization to a
-- reader); the existing constraint stays for the exact name.
CREATE UNIQUE INDEX organization_name_lower_ux ON organization (lower(name));
