-- Search by words (docs/PERFORMANCE.md): a query word matches a case when it starts one of the case's words (its
-- number, its number's parts, its people's names and their parts, its maltreatments), instead of appearing anywhere
-- in one long text. The words are a tsvector of exactly these words (no parser, no stemming), kept by PostgreSQL from
-- search_text, with a GIN index and statistics of how common each word is, so that the planner knows a rare name from
-- a common one and keeps its plan: the trigram index on search_text gave it no such statistics, and its plan flipped.
-- A word's parts are split at white space and ASCII punctuation only (and the typographic apostrophe), never at a
-- letter, whatever the database's locale: 'garcía-lópez' gives 'garcía-lópez', 'garcía' and 'lópez'.
CREATE FUNCTION search_words(text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN array_to_tsvector(ARRAY(
    SELECT DISTINCT left(w, 100)
    FROM unnest(regexp_split_to_array($1, '\s+') || regexp_split_to_array($1, '[\s!-/:-@\[-`{-~’]+')) AS w
    WHERE w <> ''));

ALTER TABLE case_file ADD COLUMN search_words tsvector GENERATED ALWAYS AS (search_words(search_text)) STORED;
CREATE INDEX case_file_words_ix ON case_file USING gin (search_words);
-- a larger sample of which words are common: names follow a steep curve, and the planner's choice rests on it
ALTER TABLE case_file ALTER COLUMN search_words SET STATISTICS 1000;
DROP INDEX case_file_search_ix;
