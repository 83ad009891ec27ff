-- A viewer's version of a person: editors see every change (version); the others, who do not see the protected
-- contact fields, see a version that changes only with what they can see (identity_version), so that watching it
-- tells nobody that a survivor moved.
ALTER TABLE person ADD COLUMN identity_version integer NOT NULL DEFAULT 0;
UPDATE person SET identity_version = version;

-- Gender and preferred language become vetted values: they reach the BAS, so no free text may ride in them.
-- A value that is not recognised is kept in the change history as a protected change (seen only by those who see
-- protected fields), and cleared (a gender) or recorded as another language.
INSERT INTO change_history (case_id, entity_type, entity_id, field, protected, old_value, new_value, changed_by,
                            person_role)
SELECT case_id, 'PERSON', id, 'gender', true, gender, NULL, 'system', role FROM person
WHERE gender IS NOT NULL AND btrim(gender) <> '' AND lower(btrim(gender)) NOT IN ('female', 'f', 'woman', 'male', 'm', 'man', 'non-binary',
                                                          'nonbinary', 'non binary', 'another gender');
UPDATE person SET gender = CASE
    WHEN lower(btrim(gender)) IN ('female', 'f', 'woman') THEN 'FEMALE'
    WHEN lower(btrim(gender)) IN ('male', 'm', 'man') THEN 'MALE'
    WHEN lower(btrim(gender)) IN ('non-binary', 'nonbinary', 'non binary') THEN 'NON_BINARY'
    WHEN lower(btrim(gender)) = 'another gender' THEN 'ANOTHER_GENDER' END
WHERE gender IS NOT NULL;
ALTER TABLE person ADD CONSTRAINT person_gender_ck CHECK (gender IN ('FEMALE', 'MALE', 'NON_BINARY', 'ANOTHER_GENDER'));

CREATE TEMPORARY TABLE language_name (name text PRIMARY KEY, code text NOT NULL) ON COMMIT DROP;
INSERT INTO language_name VALUES ('english', 'en'), ('en', 'en'), ('spanish', 'es'), ('español', 'es'),
    ('espanol', 'es'), ('es', 'es'), ('haitian creole', 'ht'), ('creole', 'ht'), ('kreyòl', 'ht'), ('kreyol', 'ht'),
    ('ht', 'ht'), ('portuguese', 'pt'), ('pt', 'pt'), ('french', 'fr'), ('fr', 'fr'), ('vietnamese', 'vi'),
    ('vi', 'vi'), ('chinese', 'zh'), ('mandarin', 'zh'), ('cantonese', 'zh'), ('zh', 'zh'), ('arabic', 'ar'),
    ('ar', 'ar'), ('russian', 'ru'), ('ru', 'ru'), ('tagalog', 'tl'), ('tl', 'tl'), ('korean', 'ko'), ('ko', 'ko'),
    ('american sign language', 'ase'), ('asl', 'ase'), ('ase', 'ase');
INSERT INTO change_history (case_id, entity_type, entity_id, field, protected, old_value, new_value, changed_by,
                            person_role)
SELECT case_id, 'PERSON', id, 'preferredLanguage', true, preferred_language, 'other', 'system', role FROM person
WHERE preferred_language IS NOT NULL AND btrim(preferred_language) <> ''
  AND lower(btrim(preferred_language)) NOT IN (SELECT name FROM language_name);
-- an unrecognised language stays "another language", so that the need for an interpreter is not lost
UPDATE person p SET preferred_language = coalesce((SELECT l.code FROM language_name l
                                                   WHERE l.name = lower(btrim(p.preferred_language))), 'other')
WHERE preferred_language IS NOT NULL AND btrim(preferred_language) <> '';
UPDATE person SET preferred_language = NULL WHERE btrim(preferred_language) = '';
ALTER TABLE person ADD CONSTRAINT person_language_ck CHECK (preferred_language IN ('en', 'es', 'ht', 'pt', 'fr', 'vi',
    'zh', 'ar', 'ru', 'tl', 'ko', 'ase', 'other'));
