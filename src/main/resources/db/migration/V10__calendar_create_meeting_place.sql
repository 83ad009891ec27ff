-- Meeting places: the offices, courtrooms and video links where staffings and hearings take place, kept by the
-- region's supervisors and administrators. An event names one of them: no place typed as free text reaches the
-- BAS, the ICS feed or a court brief (C.1.1: a family's address must never reach them).
CREATE TABLE meeting_place (
    id          uuid          PRIMARY KEY,
    region_id   uuid          NOT NULL,
    kind        varchar(20)   NOT NULL,
    name        varchar(200)  NOT NULL,
    address     varchar(200),
    -- UNREVIEWED: made from an event's former free-text place; shown to no one outside the case until a supervisor
    -- confirms it is an office, a courtroom or a video link
    status      varchar(20)   NOT NULL DEFAULT 'ACTIVE',
    created_by  uuid,
    created_at  timestamp with time zone NOT NULL DEFAULT now(),
    updated_by  uuid,
    updated_at  timestamp with time zone NOT NULL DEFAULT now(),
    version     integer       NOT NULL DEFAULT 0,
    CONSTRAINT meeting_place_region_fk FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT meeting_place_created_by_fk FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT meeting_place_updated_by_fk FOREIGN KEY (updated_by) REFERENCES app_user (id),
    CONSTRAINT meeting_place_kind_ck CHECK (kind IN ('OFFICE', 'COURTROOM', 'VIDEO_LINK')),
    CONSTRAINT meeting_place_status_ck CHECK (status IN ('ACTIVE', 'RETIRED', 'UNREVIEWED')),
    CONSTRAINT meeting_place_name_ck CHECK (btrim(name) <> '')
);
CREATE UNIQUE INDEX meeting_place_name_uk ON meeting_place (region_id, lower(name));

-- Every event's former free-text place becomes an unreviewed meeting place of its case's region.
INSERT INTO meeting_place (id, region_id, kind, name, status)
SELECT gen_random_uuid(), c.region_id,
       CASE WHEN lower(min(btrim(e.place))) ~ 'court' THEN 'COURTROOM'
            WHEN lower(min(btrim(e.place))) ~ '(video|zoom|teams|virtual|online|webex)' THEN 'VIDEO_LINK'
            ELSE 'OFFICE' END,
       min(btrim(e.place)), 'UNREVIEWED'
FROM event e JOIN case_file c ON c.id = e.case_id
GROUP BY c.region_id, lower(btrim(e.place));

ALTER TABLE event ADD COLUMN place_id uuid;
-- set when the place matches a protected contact value of someone in the event's case (a survivor who moved next
-- to the office, say): the place is then withheld from the BAS, the feed and court briefs until it is changed
ALTER TABLE event ADD COLUMN place_held boolean NOT NULL DEFAULT false;
-- the BAS whose decision another BAS of the region replaced (continuity): both are named
ALTER TABLE event ADD COLUMN previous_bas_user_id uuid;
UPDATE event e SET place_id = p.id
FROM case_file c, meeting_place p
WHERE c.id = e.case_id AND p.region_id = c.region_id AND lower(p.name) = lower(btrim(e.place));
ALTER TABLE event ALTER COLUMN place_id SET NOT NULL;
ALTER TABLE event ADD CONSTRAINT event_place_fk FOREIGN KEY (place_id) REFERENCES meeting_place (id);
ALTER TABLE event ADD CONSTRAINT event_previous_bas_fk FOREIGN KEY (previous_bas_user_id) REFERENCES app_user (id);
ALTER TABLE event DROP CONSTRAINT event_place_ck;
ALTER TABLE event DROP COLUMN place;
CREATE INDEX event_place_ix ON event (place_id);

-- The one rule for what the BAS, the ICS feed and a court brief show as an event's place: the meeting place's name
-- and address once reviewed, unless the place matches someone protected in the event's case; otherwise nothing
-- (pages say "to be confirmed").
CREATE VIEW event_shown_place AS
SELECT e.id AS event_id,
       CASE WHEN e.place_held OR p.status = 'UNREVIEWED' THEN NULL
            ELSE p.name || coalesce(', ' || p.address, '') END AS shown_place
FROM event e JOIN meeting_place p ON p.id = e.place_id;
