-- Meeting places: the offices, courtrooms and video links where staffings and hearings take place, kept by the
-- region's supervisors and administrators. An event names one of them: no place typed as free text reaches the
-- BAS, the ICS feed or a court brief (C.1.1: a family's address must never reach them).
CREATE TABLE meeting_place (
    id          uuid          PRIMARY KEY,
    region_id   uuid          NOT NULL,
    kind        varchar(20)   NOT NULL,
    name        varchar(200)  NOT NULL,
    address     varchar(200),
    -- TYPED: an event's former free-text place, kept with its one case: never in the region's list, seen only by
    -- that case's workers, and shown to the BAS and the feeds as "to be confirmed" until the event is moved
    status      varchar(20)   NOT NULL DEFAULT 'ACTIVE',
    case_id     uuid,
    created_by  uuid,
    created_at  timestamp with time zone NOT NULL DEFAULT now(),
    updated_by  uuid,
    updated_at  timestamp with time zone NOT NULL DEFAULT now(),
    version     integer       NOT NULL DEFAULT 0,
    CONSTRAINT meeting_place_region_fk FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT meeting_place_created_by_fk FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT meeting_place_updated_by_fk FOREIGN KEY (updated_by) REFERENCES app_user (id),
    CONSTRAINT meeting_place_kind_ck CHECK (kind IN ('OFFICE', 'COURTROOM', 'VIDEO_LINK')),
    CONSTRAINT meeting_place_case_fk FOREIGN KEY (case_id) REFERENCES case_file (id),
    CONSTRAINT meeting_place_status_ck CHECK (status IN ('ACTIVE', 'RETIRED', 'TYPED')),
    CONSTRAINT meeting_place_typed_ck CHECK ((status = 'TYPED') = (case_id IS NOT NULL)),
    CONSTRAINT meeting_place_name_ck CHECK (btrim(name) <> '')
);
CREATE UNIQUE INDEX meeting_place_name_uk ON meeting_place (region_id, lower(name)) WHERE case_id IS NULL;
CREATE INDEX meeting_place_case_ix ON meeting_place (case_id) WHERE case_id IS NOT NULL;

-- Every event's former free-text place becomes a typed place of its own case (one per distinct text of a case): it
-- may hold a family's address, so it is shared with no other case and listed nowhere.
INSERT INTO meeting_place (id, region_id, kind, name, status, case_id)
SELECT gen_random_uuid(), c.region_id,
       CASE WHEN lower(min(btrim(e.place))) ~ 'court' THEN 'COURTROOM'
            WHEN lower(min(btrim(e.place))) ~ '(video|zoom|teams|virtual|online|webex)' THEN 'VIDEO_LINK'
            ELSE 'OFFICE' END,
       min(btrim(e.place)), 'TYPED', c.id
FROM event e JOIN case_file c ON c.id = e.case_id
GROUP BY c.region_id, c.id, lower(btrim(e.place));

ALTER TABLE event ADD COLUMN place_id uuid;
-- why the place is withheld from the BAS, the feed and court briefs until the event is moved: MATCHES_CASE when it
-- came to match a protected contact value of someone in the case (a survivor who moved next to the office, say),
-- WITHDRAWN when a worker took it back (a room not booked yet). Never lifted but by moving the event.
ALTER TABLE event ADD COLUMN place_hold varchar(20);
ALTER TABLE event ADD CONSTRAINT event_place_hold_ck CHECK (place_hold IN ('MATCHES_CASE', 'WITHDRAWN'));
-- the BAS whose decision another BAS of the region replaced (continuity): both are named
ALTER TABLE event ADD COLUMN previous_bas_user_id uuid;
UPDATE event e SET place_id = p.id
FROM meeting_place p
WHERE p.case_id = e.case_id AND lower(p.name) = lower(btrim(e.place));
ALTER TABLE event ALTER COLUMN place_id SET NOT NULL;
ALTER TABLE event ADD CONSTRAINT event_place_fk FOREIGN KEY (place_id) REFERENCES meeting_place (id);
ALTER TABLE event ADD CONSTRAINT event_previous_bas_fk FOREIGN KEY (previous_bas_user_id) REFERENCES app_user (id);
ALTER TABLE event DROP CONSTRAINT event_place_ck;
ALTER TABLE event DROP COLUMN place;
CREATE INDEX event_place_ix ON event (place_id);

-- An event's place, in the one place that decides what the BAS, the ICS feed and a court brief show of it: the place
-- as written (for the case's workers), why it is held back (a typed place counts as one), and what may be shown: the
-- place, unless it is held back; otherwise nothing (pages say "to be confirmed").
CREATE VIEW event_place AS
SELECT e.id AS event_id, written.place, held.place_hold,
       CASE WHEN held.place_hold IS NULL THEN written.place END AS shown_place
FROM event e JOIN meeting_place p ON p.id = e.place_id
     CROSS JOIN LATERAL (SELECT p.name || coalesce(', ' || p.address, '') AS place) written
     CROSS JOIN LATERAL (SELECT coalesce(e.place_hold, CASE WHEN p.status = 'TYPED' THEN 'TYPED' END) AS place_hold) held;
