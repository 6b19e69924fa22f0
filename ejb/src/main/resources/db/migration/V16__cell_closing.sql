-- A cell out of service (works, damage, sealed): closed, never deleted, because past stays, terminal
-- and movements name it. Closed since closed_on, for the reason staff wrote; nobody can be admitted,
-- moved or imported into it until it is reopened. Null: the cell is in service.
ALTER TABLE cell ADD COLUMN closed_on DATE NULL AFTER label,
    ADD COLUMN closed_reason VARCHAR(120) NULL AFTER closed_on;
