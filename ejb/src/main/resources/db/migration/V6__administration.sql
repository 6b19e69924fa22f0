-- Establishment administration (issue 9): admissions, moves, releases and transfers, places, retention.

-- What the release recorded: RELEASED (libération) or TRANSFERRED (transfert to another prison).
-- Birth date: from the national roster; the espace citoyen needs it (Mission locale is for the under-26s).
ALTER TABLE detainee
    ADD COLUMN birth_date     DATE        NULL AFTER last_name,
    ADD COLUMN release_reason VARCHAR(16) NULL AFTER released_on,
    ADD CONSTRAINT ck_detainee_release_reason CHECK (release_reason IS NULL OR release_reason IN ('RELEASED', 'TRANSFERRED')),
    ADD CONSTRAINT ck_detainee_present_no_reason CHECK (status = 'RELEASED' OR release_reason IS NULL);

-- The retention job finds the released detainees of an establishment by their release date.
CREATE INDEX ix_detainee_establishment_released ON detainee (establishment_id, status, released_on);

-- A released or transferred person's kiosk account is locked for good (not a lockout that expires).
ALTER TABLE detainee_credential
    ADD COLUMN disabled_at DATETIME(6) NULL AFTER last_login_at;

-- Places where activities happen: workshops, training rooms, classrooms, the espace citoyen.
CREATE TABLE place (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    version          BIGINT       NOT NULL DEFAULT 0,
    establishment_id BIGINT       NOT NULL,
    name             VARCHAR(80)  NOT NULL,
    kind             VARCHAR(16)  NOT NULL,
    capacity         INT          NOT NULL,
    active           BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at       DATETIME(6)  NOT NULL,
    created_by       VARCHAR(64)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    updated_by       VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_place_name UNIQUE (establishment_id, name),
    CONSTRAINT fk_place_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id),
    CONSTRAINT ck_place_kind CHECK (kind IN ('WORKSHOP', 'TRAINING_ROOM', 'CLASSROOM', 'CITIZEN_SPACE')),
    CONSTRAINT ck_place_capacity CHECK (capacity BETWEEN 1 AND 500)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
