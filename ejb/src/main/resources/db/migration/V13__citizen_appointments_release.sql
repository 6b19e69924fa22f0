-- Espace citoyen (issue 7), second part: release preparation ("Préparer ma sortie"), skills recorded by
-- staff and the detainee's CV choices, partner appointment slots and the establishment's booking rules.
-- The partner organisations themselves (partner) come with V12.

-- What the establishment asks every detainee to prepare before release: the template of the checklist.
-- A standard item (identity document, carte Vitale...) is worded on the kiosk in the reader's language; an
-- OTHER item carries the label staff wrote.
CREATE TABLE release_template_item (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    version          BIGINT       NOT NULL DEFAULT 0,
    establishment_id BIGINT       NOT NULL,
    kind             VARCHAR(24)  NOT NULL,
    label            VARCHAR(120) NULL,
    position         INT          NOT NULL,
    active           BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at       DATETIME(6)  NOT NULL,
    created_by       VARCHAR(64)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    updated_by       VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_release_template_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id),
    CONSTRAINT ck_release_template_kind CHECK (kind IN ('IDENTITY_DOCUMENT', 'HEALTH_INSURANCE', 'BANK_ACCOUNT',
        'CV', 'EMPLOYMENT_REGISTRATION', 'HOUSING', 'HEALTH_FOLLOW_UP', 'TRANSPORT', 'OTHER')),
    CONSTRAINT ck_release_template_label CHECK (kind <> 'OTHER' OR label IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_release_template_establishment ON release_template_item (establishment_id, position);

-- A detainee's status on one item of the template. No row: still to do (nothing is written for people whose
-- checklist nobody touched). The CPIP edits it (optimistic lock); the detainee may ask for help, which is a
-- request to the SPIP whose id is kept here.
CREATE TABLE release_item (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    version          BIGINT       NOT NULL DEFAULT 0,
    establishment_id BIGINT       NOT NULL,
    detainee_id      BIGINT       NOT NULL,
    template_item_id BIGINT       NOT NULL,
    status           VARCHAR(16)  NOT NULL DEFAULT 'TO_DO',
    note             VARCHAR(300) NULL,
    help_request_id  BIGINT       NULL,
    created_at       DATETIME(6)  NOT NULL,
    created_by       VARCHAR(64)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    updated_by       VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_release_item UNIQUE (detainee_id, template_item_id),
    CONSTRAINT fk_release_item_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id),
    CONSTRAINT fk_release_item_detainee FOREIGN KEY (detainee_id) REFERENCES detainee (id),
    CONSTRAINT fk_release_item_template FOREIGN KEY (template_item_id) REFERENCES release_template_item (id),
    CONSTRAINT fk_release_item_help FOREIGN KEY (help_request_id) REFERENCES detainee_request (id),
    CONSTRAINT ck_release_item_status CHECK (status IN ('TO_DO', 'IN_PROGRESS', 'DONE', 'NOT_APPLICABLE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Skills staff saw a detainee use (CPIP, activity leads): a short line each, for the CV.
CREATE TABLE skill (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    version          BIGINT       NOT NULL DEFAULT 0,
    establishment_id BIGINT       NOT NULL,
    detainee_id      BIGINT       NOT NULL,
    label            VARCHAR(120) NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    created_by       VARCHAR(64)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    updated_by       VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_skill UNIQUE (detainee_id, label),
    CONSTRAINT fk_skill_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id),
    CONSTRAINT fk_skill_detainee FOREIGN KEY (detainee_id) REFERENCES detainee (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The detainee's choices about their CV: whether the establishment is named (never by default), and a
-- print asked at the kiosk until staff print it.
CREATE TABLE cv_profile (
    id                  BIGINT      NOT NULL AUTO_INCREMENT,
    version             BIGINT      NOT NULL DEFAULT 0,
    establishment_id    BIGINT      NOT NULL,
    detainee_id         BIGINT      NOT NULL,
    show_establishment  BOOLEAN     NOT NULL DEFAULT FALSE,
    print_requested_at  DATETIME(6) NULL,
    printed_at          DATETIME(6) NULL,
    created_at          DATETIME(6) NOT NULL,
    created_by          VARCHAR(64) NOT NULL,
    updated_at          DATETIME(6) NOT NULL,
    updated_by          VARCHAR(64) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_cv_profile UNIQUE (detainee_id),
    CONSTRAINT fk_cv_profile_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id),
    CONSTRAINT fk_cv_profile_detainee FOREIGN KEY (detainee_id) REFERENCES detainee (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_cv_profile_print ON cv_profile (establishment_id, print_requested_at);

-- An establishment's rules for partner appointments: how long before its start a detainee may still cancel
-- a booking at the kiosk (after that, only through staff). No row: 24 hours.
CREATE TABLE booking_policy (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    version          BIGINT      NOT NULL DEFAULT 0,
    establishment_id BIGINT      NOT NULL,
    cancel_hours     INT         NOT NULL DEFAULT 24,
    created_at       DATETIME(6) NOT NULL,
    created_by       VARCHAR(64) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    updated_by       VARCHAR(64) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_booking_policy UNIQUE (establishment_id),
    CONSTRAINT fk_booking_policy_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id),
    CONSTRAINT ck_booking_policy_hours CHECK (cancel_hours BETWEEN 0 AND 168)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A slot a partner offers in the espace citoyen, for one person. Booking it makes a PARTNER appointment in the
-- detainee's planning and points the slot at it; bookings are serialised by a row lock on the slot, and an
-- appointment belongs to one slot at most (unique). A cancelled booking frees the slot (appointment_id back
-- to NULL); a slot the partner withdraws is CANCELLED.
CREATE TABLE partner_slot (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    version          BIGINT       NOT NULL DEFAULT 0,
    establishment_id BIGINT       NOT NULL,
    partner_id       BIGINT       NOT NULL,
    place_id         BIGINT       NOT NULL,
    start_at         DATETIME(6)  NOT NULL,
    end_at           DATETIME(6)  NOT NULL,
    state            VARCHAR(16)  NOT NULL DEFAULT 'OPEN',
    appointment_id   BIGINT       NULL,
    created_at       DATETIME(6)  NOT NULL,
    created_by       VARCHAR(64)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    updated_by       VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_partner_slot_appointment UNIQUE (appointment_id),
    CONSTRAINT fk_partner_slot_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id),
    CONSTRAINT fk_partner_slot_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_partner_slot_place FOREIGN KEY (place_id) REFERENCES place (id),
    CONSTRAINT fk_partner_slot_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id),
    CONSTRAINT ck_partner_slot_state CHECK (state IN ('OPEN', 'CANCELLED')),
    CONSTRAINT ck_partner_slot_times CHECK (end_at > start_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_partner_slot_establishment ON partner_slot (establishment_id, start_at);
CREATE INDEX ix_partner_slot_partner ON partner_slot (partner_id, start_at);
