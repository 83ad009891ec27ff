-- Search by words (docs/adr/0010-case-search-by-words-counted-to-a-limit.md): a query word matches a case when it
-- starts one of the case's words (its number, its people's names, its maltreatments) or a part of one, instead of
-- appearing anywhere in one long text. The words are a tsvector of exactly these words (no parser, no stemming), kept
-- by PostgreSQL from search_text, with a GIN index and statistics of how common each word is, so that the planner
-- knows a rare name from a common one and keeps its plan: the trigram index on search_text gave it no such
-- statistics, and its plan flipped.

-- One spelling for the words of a case and of a query: lower case, the accents of Latin letters dropped (García and
-- garcia are one word), and every run of ASCII punctuation (and the typographic apostrophe) one hyphen, none at
-- either end: o'brien is o-brien, 2026/SC/01001 is 2026-sc-01001. Letters are never split, whatever the locale.
CREATE FUNCTION search_fold(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN btrim(regexp_replace(
    translate(lower($1), 'áàâäãåāăąéèêëēėęěíìîïīįıóòôöõøōőúùûüūůűųýÿñńňçćčśšşźżžďđğľłĺŕřťţ',
                         'aaaaaaaaaeeeeeeeeiiiiiiioooooooouuuuuuuuyynnncccssszzzddglllrrtt'),
    '[!-/:-@\[-`{-~’]+', '-', 'g'), '-');

-- A case's words: each word of the text as folded (garcia-lopez, 2026-sc-01001), and what follows each of its
-- hyphens (lopez; sc-01001, 01001), so that a query word may begin at any part, at most 100 characters each.
CREATE FUNCTION search_words(text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN array_to_tsvector(ARRAY(
    SELECT DISTINCT left(array_to_string(parts[i:], '-'), 100)
    FROM regexp_split_to_table(search_fold($1), '\s+') AS word,
         string_to_array(btrim(word, '-'), '-') AS parts,
         generate_subscripts(parts, 1) AS i
    WHERE parts[i] <> ''));

-- A query: every word folded as the case's words are, as a quoted prefix ('garcia':*), all of them required; a word
-- that folds to nothing (a lone quote) asks for nothing. NULL, which matches no case, when no word is left.
CREATE FUNCTION search_query(text[]) RETURNS tsquery
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN (SELECT string_agg('''' || left(f, 100) || ''':*', ' & ')::tsquery
        FROM unnest($1) AS term, search_fold(term) AS f
        WHERE f <> '');

ALTER TABLE case_file ADD COLUMN search_words tsvector GENERATED ALWAYS AS (search_words(search_text)) STORED;
CREATE INDEX case_file_words_ix ON case_file USING gin (search_words);
-- a larger sample of which words are common: names follow a steep curve, and the planner's choice rests on it
ALTER TABLE case_file ALTER COLUMN search_words SET STATISTICS 1000;
DROP INDEX case_file_search_ix;
