-- Attestations d'heures et de formations (issue 6): what was printed, kept as issued (never updated), so
-- that staff can verify a presented paper by its code and print it again as it was. The detainee's name,
-- the establishment's and the issuer's are copied: the paper stays what it was whatever changes later.
-- content_digest is the SHA-256 (hex) of the canonical text of the row and its lines (AttestationContent):
-- verification says whether the stored content is still the issued one.
CREATE TABLE hours_attestation (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    establishment_id    BIGINT       NOT NULL,
    detainee_id         BIGINT       NOT NULL,
    code                VARCHAR(16)  NOT NULL,
    period_from         DATE         NOT NULL,
    period_to           DATE         NOT NULL,
    establishment_name  VARCHAR(120) NOT NULL,
    detainee_name       VARCHAR(170) NOT NULL,
    prison_number       VARCHAR(16)  NOT NULL,
    birth_date          DATE         NULL,
    work_minutes        INT          NOT NULL,
    training_minutes    INT          NOT NULL,
    other_minutes       INT          NOT NULL,
    issued_at           DATETIME(6)  NOT NULL,
    issued_by           VARCHAR(64)  NOT NULL,
    issuer_name         VARCHAR(170) NOT NULL,
    issuer_roles        VARCHAR(120) NOT NULL,
    at_release          BOOLEAN      NOT NULL DEFAULT FALSE,
    content_digest      VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_hours_attestation_code UNIQUE (code),
    CONSTRAINT fk_hours_attestation_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id),
    CONSTRAINT fk_hours_attestation_detainee FOREIGN KEY (detainee_id) REFERENCES detainee (id),
    CONSTRAINT ck_hours_attestation_period CHECK (period_from <= period_to),
    CONSTRAINT ck_hours_attestation_minutes CHECK (work_minutes >= 0 AND training_minutes >= 0 AND other_minutes >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_hours_attestation_detainee ON hours_attestation (detainee_id, issued_at);
CREATE INDEX ix_hours_attestation_establishment ON hours_attestation (establishment_id, issued_at);

-- Its lines, in print order: validated hours per activity (HOURS) and trainings completed (TRAINING).
CREATE TABLE hours_attestation_line (
    attestation_id BIGINT       NOT NULL,
    position       INT          NOT NULL,
    line_type      VARCHAR(8)   NOT NULL,
    activity_kind  VARCHAR(24)  NOT NULL,
    title          VARCHAR(120) NOT NULL,
    first_day      DATE         NOT NULL,
    last_day       DATE         NOT NULL,
    minutes        INT          NOT NULL,
    PRIMARY KEY (attestation_id, position),
    CONSTRAINT fk_hours_attestation_line FOREIGN KEY (attestation_id) REFERENCES hours_attestation (id),
    CONSTRAINT ck_hours_attestation_line_type CHECK (line_type IN ('HOURS', 'TRAINING'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
