-- Terminal credentials (identity issue): every kiosk request must come from an enrolled terminal.
-- IT issues a one-time enrolment code; the terminal exchanges it once for a long random secret that
-- it presents on every request. Only SHA-256 hashes (64 lowercase hex digits) of the code and of the
-- secret are stored: both are high-entropy random values, so a fast hash is the right tool (no salt,
-- no slow hash needed) and lets the server find a pending code by its hash.
-- Terminals that existed before this migration have no credential yet: they become PENDING_ENROLMENT.

ALTER TABLE terminal
    ADD COLUMN status                    VARCHAR(20) NOT NULL DEFAULT 'PENDING_ENROLMENT' AFTER cell_id,
    ADD COLUMN enrolment_code_hash       VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL AFTER status,
    ADD COLUMN enrolment_code_expires_at DATETIME(6) NULL AFTER enrolment_code_hash,
    ADD COLUMN secret_hash               VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL AFTER enrolment_code_expires_at,
    ADD COLUMN enrolled_at               DATETIME(6) NULL AFTER secret_hash,
    ADD COLUMN revoked_at                DATETIME(6) NULL AFTER enrolled_at,
    -- Updated at most once a minute by the kiosk's requests; not an edit, so not in updated_at.
    ADD COLUMN last_seen_at              DATETIME(6) NULL AFTER revoked_at;

ALTER TABLE terminal
    -- Enrolment finds the terminal by the hash of the code it presents.
    ADD CONSTRAINT uk_terminal_enrolment_code UNIQUE (enrolment_code_hash),
    ADD CONSTRAINT ck_terminal_status CHECK (status IN ('PENDING_ENROLMENT', 'ACTIVE', 'MAINTENANCE', 'REVOKED')),
    ADD CONSTRAINT ck_terminal_hashes CHECK (
        (enrolment_code_hash IS NULL OR enrolment_code_hash REGEXP '^[0-9a-f]{64}$')
        AND (secret_hash IS NULL OR secret_hash REGEXP '^[0-9a-f]{64}$')),
    -- A pending enrolment code always has its expiry; a revoked terminal has none.
    ADD CONSTRAINT ck_terminal_enrolment_code CHECK (
        (enrolment_code_hash IS NULL) = (enrolment_code_expires_at IS NULL)
        AND (enrolment_code_hash IS NULL OR status <> 'REVOKED')),
    -- Enrolled terminals (active or in maintenance), and only they, hold a secret and an enrolment date.
    ADD CONSTRAINT ck_terminal_secret CHECK ((secret_hash IS NOT NULL) = (status IN ('ACTIVE', 'MAINTENANCE'))),
    ADD CONSTRAINT ck_terminal_enrolled CHECK (status NOT IN ('ACTIVE', 'MAINTENANCE') OR enrolled_at IS NOT NULL),
    -- Revoked terminals, and only they, have a revocation date.
    ADD CONSTRAINT ck_terminal_revoked CHECK ((status = 'REVOKED') = (revoked_at IS NOT NULL));

-- The IT back-office filters the fleet of an establishment by status.
CREATE INDEX ix_terminal_establishment_status ON terminal (establishment_id, status);
