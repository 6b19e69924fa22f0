-- InSERRE Kiosk, core schema: establishments, cells, detainees, staff, terminals, audit trail.
-- Timestamps are DATETIME(6) in UTC (hibernate.jdbc.time_zone=UTC); local dates are DATE.
-- Text is utf8mb4 with a case- and accent-insensitive collation, so that staff find "Hélène" by "helene".

CREATE TABLE establishment (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    version     BIGINT       NOT NULL DEFAULT 0,
    code        VARCHAR(16)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    capacity    INT          NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    updated_by  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_establishment_code UNIQUE (code),
    CONSTRAINT ck_establishment_capacity CHECK (capacity BETWEEN 1 AND 5000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cell (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    version          BIGINT      NOT NULL DEFAULT 0,
    establishment_id BIGINT      NOT NULL,
    label            VARCHAR(16) NOT NULL,
    created_at       DATETIME(6) NOT NULL,
    created_by       VARCHAR(64) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    updated_by       VARCHAR(64) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_cell_label UNIQUE (establishment_id, label),
    CONSTRAINT fk_cell_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE detainee (
    id                    BIGINT      NOT NULL AUTO_INCREMENT,
    version               BIGINT      NOT NULL DEFAULT 0,
    establishment_id      BIGINT      NOT NULL,
    prison_number         VARCHAR(16) NOT NULL,
    first_name            VARCHAR(80) NOT NULL,
    last_name             VARCHAR(80) NOT NULL,
    cell_id               BIGINT      NULL,
    preferred_language    VARCHAR(8)  NOT NULL DEFAULT 'fr',
    reading_support       BOOLEAN     NOT NULL DEFAULT FALSE,
    entry_date            DATE        NOT NULL,
    expected_release_date DATE        NULL,
    status                VARCHAR(16) NOT NULL DEFAULT 'PRESENT',
    released_on           DATE        NULL,
    created_at            DATETIME(6) NOT NULL,
    created_by            VARCHAR(64) NOT NULL,
    updated_at            DATETIME(6) NOT NULL,
    updated_by            VARCHAR(64) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_detainee_prison_number UNIQUE (establishment_id, prison_number),
    CONSTRAINT fk_detainee_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id),
    CONSTRAINT fk_detainee_cell FOREIGN KEY (cell_id) REFERENCES cell (id),
    CONSTRAINT ck_detainee_status CHECK (status IN ('PRESENT', 'RELEASED')),
    CONSTRAINT ck_detainee_release CHECK (expected_release_date IS NULL OR expected_release_date >= entry_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The staff list filters and sorts by name within an establishment.
CREATE INDEX ix_detainee_establishment_name ON detainee (establishment_id, last_name, first_name);
CREATE INDEX ix_detainee_cell ON detainee (cell_id);

CREATE TABLE staff_member (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    version          BIGINT      NOT NULL DEFAULT 0,
    login            VARCHAR(64) NOT NULL,
    first_name       VARCHAR(80) NOT NULL,
    last_name        VARCHAR(80) NOT NULL,
    establishment_id BIGINT      NOT NULL,
    active           BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at       DATETIME(6) NOT NULL,
    created_by       VARCHAR(64) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    updated_by       VARCHAR(64) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_staff_member_login UNIQUE (login),
    CONSTRAINT fk_staff_member_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE staff_member_role (
    staff_member_id BIGINT      NOT NULL,
    role            VARCHAR(32) NOT NULL,
    PRIMARY KEY (staff_member_id, role),
    CONSTRAINT fk_staff_member_role_member FOREIGN KEY (staff_member_id) REFERENCES staff_member (id),
    CONSTRAINT ck_staff_member_role CHECK (role IN ('SUPERVISOR', 'WORK_MANAGER', 'TRAINING_MANAGER',
        'PROBATION_OFFICER', 'PARTNER', 'DIRECTION', 'IT_ADMIN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE terminal (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    version          BIGINT       NOT NULL DEFAULT 0,
    code             VARCHAR(32)  NOT NULL,
    kind             VARCHAR(16)  NOT NULL,
    location         VARCHAR(120) NOT NULL,
    establishment_id BIGINT       NOT NULL,
    cell_id          BIGINT       NULL,
    created_at       DATETIME(6)  NOT NULL,
    created_by       VARCHAR(64)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    updated_by       VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_terminal_code UNIQUE (code),
    -- Each cell has at most one in-cell terminal.
    CONSTRAINT uk_terminal_cell UNIQUE (cell_id),
    CONSTRAINT fk_terminal_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id),
    CONSTRAINT fk_terminal_cell FOREIGN KEY (cell_id) REFERENCES cell (id),
    CONSTRAINT ck_terminal_kind CHECK (kind IN ('CELL', 'WORKSHOP', 'CITIZEN_SPACE')),
    CONSTRAINT ck_terminal_cell CHECK ((kind = 'CELL') = (cell_id IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only: the application never updates nor deletes these rows.
CREATE TABLE audit_record (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    at          DATETIME(6)  NOT NULL,
    actor       VARCHAR(64)  NOT NULL,
    action      VARCHAR(64)  NOT NULL,
    entity_type VARCHAR(64)  NULL,
    entity_id   BIGINT       NULL,
    outcome     VARCHAR(16)  NOT NULL,
    detail      VARCHAR(500) NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_audit_record_outcome CHECK (outcome IN ('SUCCESS', 'REFUSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_record_entity ON audit_record (entity_type, entity_id);
CREATE INDEX ix_audit_record_at ON audit_record (at);
