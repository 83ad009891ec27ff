-- The role a person had when a field of theirs changed: disclosure of a protected change depends on it, so that
-- a survivor later recorded as the perpetrator (or the other way round) does not reveal the survivor's past
-- addresses.
ALTER TABLE change_history ADD COLUMN person_role varchar(20);
