-- Terminal fleet (kiosk-config issue): what the terminals report and how their browser gets in.
--
-- Heartbeat: every minute a terminal reports its package version, its uptime and its last error;
-- the server keeps the last report. Written by a bulk statement, like last_seen_at: a report is not
-- an edit, so neither version nor updated_at change.
--
-- Launch ticket and browser key: the terminal's secret stays on the terminal, readable by root only.
-- At each start of the kiosk session a root-owned launcher exchanges the secret for a single-use
-- ticket valid one minute; the browser opens the kiosk with it once, and the server answers with a
-- new random browser key in an HttpOnly cookie. Only SHA-256 hashes are stored, as for the secret.

ALTER TABLE terminal
    ADD COLUMN package_version         VARCHAR(40) NULL AFTER last_seen_at,
    ADD COLUMN uptime_seconds          BIGINT NULL AFTER package_version,
    ADD COLUMN last_error              VARCHAR(500) NULL AFTER uptime_seconds,
    ADD COLUMN last_heartbeat_at       DATETIME(6) NULL AFTER last_error,
    ADD COLUMN launch_ticket_hash      VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL AFTER last_heartbeat_at,
    ADD COLUMN launch_ticket_expires_at DATETIME(6) NULL AFTER launch_ticket_hash,
    ADD COLUMN browser_key_hash        VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL AFTER launch_ticket_expires_at;

ALTER TABLE terminal
    -- The browser's start page finds the terminal by the hash of the ticket it presents.
    ADD CONSTRAINT uk_terminal_launch_ticket UNIQUE (launch_ticket_hash),
    ADD CONSTRAINT ck_terminal_launch_hashes CHECK (
        (launch_ticket_hash IS NULL OR launch_ticket_hash REGEXP '^[0-9a-f]{64}$')
        AND (browser_key_hash IS NULL OR browser_key_hash REGEXP '^[0-9a-f]{64}$')),
    -- A pending ticket always has its expiry; only an enrolled terminal has a ticket or a browser key.
    ADD CONSTRAINT ck_terminal_launch_ticket CHECK ((launch_ticket_hash IS NULL) = (launch_ticket_expires_at IS NULL)),
    ADD CONSTRAINT ck_terminal_launch_enrolled CHECK (
        (launch_ticket_hash IS NULL AND browser_key_hash IS NULL) OR status IN ('ACTIVE', 'MAINTENANCE')),
    ADD CONSTRAINT ck_terminal_uptime CHECK (uptime_seconds IS NULL OR uptime_seconds >= 0);

-- The fleet page filters on "silent since" (online / offline) within an establishment.
CREATE INDEX ix_terminal_establishment_seen ON terminal (establishment_id, last_seen_at);
