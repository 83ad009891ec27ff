-- Who ended monitoring: with the region's BAS acting for one another (continuity), both are named.
ALTER TABLE monitoring ADD COLUMN ended_by uuid;
ALTER TABLE monitoring ADD CONSTRAINT monitoring_ended_by_fk FOREIGN KEY (ended_by) REFERENCES app_user (id);
