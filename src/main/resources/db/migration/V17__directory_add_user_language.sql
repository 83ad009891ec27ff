-- The language a user chose for Tutela's pages (en, es or ht), kept with the user so that it follows them to any
-- browser and any node; none chosen: the browser's Accept-Language decides.
ALTER TABLE app_user ADD COLUMN language varchar(2) CHECK (language IN ('en', 'es', 'ht'));
