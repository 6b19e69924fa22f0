-- Identity: detainees' kiosk credentials (badge + PIN), staff passwords, lockouts, kiosk idle timeout.

CREATE TABLE detainee_credential (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    version          BIGINT       NOT NULL DEFAULT 0,
    detainee_id      BIGINT       NOT NULL,
    establishment_id BIGINT       NOT NULL,
    badge_number     VARCHAR(32)  NOT NULL,
    pin_hash         VARCHAR(128) NOT NULL,
    pin_must_change  BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_attempts  INT          NOT NULL DEFAULT 0,
    locked_until     DATETIME(6)  NULL,
    last_login_at    DATETIME(6)  NULL,
    created_at       DATETIME(6)  NOT NULL,
    created_by       VARCHAR(64)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    updated_by       VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_detainee_credential_detainee UNIQUE (detainee_id),
    -- A badge identifies one person of one establishment.
    CONSTRAINT uk_detainee_credential_badge UNIQUE (establishment_id, badge_number),
    CONSTRAINT fk_detainee_credential_detainee FOREIGN KEY (detainee_id) REFERENCES detainee (id),
    CONSTRAINT fk_detainee_credential_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id),
    CONSTRAINT ck_detainee_credential_attempts CHECK (failed_attempts >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE staff_member
    ADD COLUMN password_hash        VARCHAR(128) NULL AFTER establishment_id,
    ADD COLUMN password_must_change BOOLEAN      NOT NULL DEFAULT TRUE AFTER password_hash,
    ADD COLUMN failed_attempts      INT          NOT NULL DEFAULT 0 AFTER password_must_change,
    ADD COLUMN locked_until         DATETIME(6)  NULL AFTER failed_attempts,
    ADD COLUMN last_login_at        DATETIME(6)  NULL AFTER locked_until,
    ADD CONSTRAINT ck_staff_member_attempts CHECK (failed_attempts >= 0);

-- Seconds without a touch after which a kiosk session ends (2 minutes unless the establishment says otherwise).
ALTER TABLE establishment
    ADD COLUMN kiosk_idle_seconds INT NOT NULL DEFAULT 120 AFTER capacity,
    ADD CONSTRAINT ck_establishment_kiosk_idle CHECK (kiosk_idle_seconds BETWEEN 30 AND 900);

-- Audit: who acted as what, from which terminal, in which establishment (what its staff may search).
ALTER TABLE audit_record
    ADD COLUMN actor_kind       VARCHAR(16) NOT NULL DEFAULT 'SYSTEM' AFTER actor,
    ADD COLUMN terminal_code    VARCHAR(32) NULL AFTER actor_kind,
    ADD COLUMN establishment_id BIGINT      NULL AFTER terminal_code,
    ADD CONSTRAINT ck_audit_record_actor_kind CHECK (actor_kind IN ('SYSTEM', 'STAFF', 'DETAINEE', 'TERMINAL'));
CREATE INDEX ix_audit_record_actor ON audit_record (actor, at);
CREATE INDEX ix_audit_record_establishment ON audit_record (establishment_id, at);
