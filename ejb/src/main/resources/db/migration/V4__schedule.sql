-- Schedules: activities with weekly slots, dated sessions, allocations of detainees, appointments,
-- establishment holidays, and the detainee's notifications list (kiosk home).
-- Instants are DATETIME(6) in UTC; session_date and other local dates are DATE in Europe/Paris.

CREATE TABLE activity (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    version            BIGINT        NOT NULL DEFAULT 0,
    establishment_id   BIGINT        NOT NULL,
    kind               VARCHAR(24)   NOT NULL,
    work_type          VARCHAR(24)   NULL,
    title              VARCHAR(120)  NOT NULL,
    description        VARCHAR(2000) NULL,
    easy_description   VARCHAR(600)  NULL,
    place              VARCHAR(120)  NOT NULL,
    capacity           INT           NOT NULL,
    staff_in_charge_id BIGINT        NULL,
    start_date         DATE          NOT NULL,
    end_date           DATE          NULL,
    paid               BOOLEAN       NOT NULL DEFAULT FALSE,
    pay_class          VARCHAR(16)   NULL,
    prerequisites      VARCHAR(600)  NULL,
    what_to_bring      VARCHAR(300)  NULL,
    rota_weeks         INT           NOT NULL DEFAULT 1,
    -- Sessions exist as rows up to this date (the planning horizon); later dates come from the slots.
    planned_until      DATE          NULL,
    created_at         DATETIME(6)   NOT NULL,
    created_by         VARCHAR(64)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    updated_by         VARCHAR(64)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_activity_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id),
    CONSTRAINT fk_activity_staff FOREIGN KEY (staff_in_charge_id) REFERENCES staff_member (id),
    CONSTRAINT ck_activity_kind CHECK (kind IN ('WORK', 'VOCATIONAL_TRAINING', 'EDUCATION', 'SPORT_CULTURE')),
    CONSTRAINT ck_activity_work_type CHECK ((kind = 'WORK') = (work_type IS NOT NULL)),
    CONSTRAINT ck_activity_work_type_values CHECK (work_type IS NULL
        OR work_type IN ('WORKSHOP', 'GENERAL_SERVICE', 'CONCESSION')),
    CONSTRAINT ck_activity_pay_class CHECK (pay_class IS NULL
        OR pay_class IN ('PRODUCTION', 'CLASS_I', 'CLASS_II', 'CLASS_III')),
    CONSTRAINT ck_activity_capacity CHECK (capacity BETWEEN 1 AND 500),
    CONSTRAINT ck_activity_rota CHECK (rota_weeks BETWEEN 1 AND 4),
    CONSTRAINT ck_activity_dates CHECK (end_date IS NULL OR end_date >= start_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_activity_establishment ON activity (establishment_id, kind, title);

CREATE TABLE activity_slot (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    activity_id BIGINT      NOT NULL,
    day_of_week INT         NOT NULL,
    start_time  TIME        NOT NULL,
    end_time    TIME        NOT NULL,
    -- 0: every week; 1..rota_weeks: only that week of the rota.
    rota_week   INT         NOT NULL DEFAULT 0,
    -- A removed slot stays for the sessions already planned from it, and plans no more.
    removed     BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    CONSTRAINT fk_activity_slot_activity FOREIGN KEY (activity_id) REFERENCES activity (id),
    CONSTRAINT ck_activity_slot_day CHECK (day_of_week BETWEEN 1 AND 7),
    CONSTRAINT ck_activity_slot_times CHECK (end_time > start_time),
    CONSTRAINT ck_activity_slot_rota CHECK (rota_week BETWEEN 0 AND 4)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE establishment_holiday (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    establishment_id BIGINT       NOT NULL,
    holiday_date     DATE         NOT NULL,
    label            VARCHAR(120) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_establishment_holiday UNIQUE (establishment_id, holiday_date),
    CONSTRAINT fk_establishment_holiday_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE activity_session (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    version            BIGINT       NOT NULL DEFAULT 0,
    activity_id        BIGINT       NOT NULL,
    slot_id            BIGINT       NULL,
    session_date       DATE         NOT NULL,
    start_at           DATETIME(6)  NOT NULL,
    end_at             DATETIME(6)  NOT NULL,
    place              VARCHAR(120) NOT NULL,
    state              VARCHAR(16)  NOT NULL DEFAULT 'PLANNED',
    reason             VARCHAR(300) NULL,
    original_start_at  DATETIME(6)  NULL,
    original_end_at    DATETIME(6)  NULL,
    created_at         DATETIME(6)  NOT NULL,
    created_by         VARCHAR(64)  NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    updated_by         VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    -- One occurrence per slot and day: planning twice never doubles a session.
    CONSTRAINT uk_activity_session_slot UNIQUE (activity_id, slot_id, session_date),
    CONSTRAINT fk_activity_session_activity FOREIGN KEY (activity_id) REFERENCES activity (id),
    CONSTRAINT fk_activity_session_slot FOREIGN KEY (slot_id) REFERENCES activity_slot (id),
    CONSTRAINT ck_activity_session_state CHECK (state IN ('PLANNED', 'CANCELLED', 'MOVED')),
    CONSTRAINT ck_activity_session_times CHECK (end_at > start_at),
    CONSTRAINT ck_activity_session_reason CHECK (state = 'PLANNED' OR reason IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_activity_session_date ON activity_session (session_date, activity_id);

CREATE TABLE allocation (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    version          BIGINT       NOT NULL DEFAULT 0,
    detainee_id      BIGINT       NOT NULL,
    activity_id      BIGINT       NOT NULL,
    from_date        DATE         NOT NULL,
    until_date       DATE         NULL,
    status           VARCHAR(24)  NOT NULL DEFAULT 'ACTIVE',
    end_reason       VARCHAR(24)  NULL,
    end_comment      VARCHAR(300) NULL,
    override_reason  VARCHAR(300) NULL,
    created_at       DATETIME(6)  NOT NULL,
    created_by       VARCHAR(64)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    updated_by       VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_allocation_detainee FOREIGN KEY (detainee_id) REFERENCES detainee (id),
    CONSTRAINT fk_allocation_activity FOREIGN KEY (activity_id) REFERENCES activity (id),
    CONSTRAINT ck_allocation_status CHECK (status IN ('ACTIVE', 'SUSPENDED_PAID', 'SUSPENDED_UNPAID', 'ENDED')),
    CONSTRAINT ck_allocation_end_reason CHECK ((status = 'ENDED') = (end_reason IS NOT NULL)),
    CONSTRAINT ck_allocation_end_reason_values CHECK (end_reason IS NULL OR end_reason IN
        ('COMPLETED', 'RELEASED', 'TRANSFERRED', 'WITHDRAWN', 'DISMISSED', 'OTHER')),
    CONSTRAINT ck_allocation_dates CHECK (until_date IS NULL OR until_date >= from_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_allocation_detainee ON allocation (detainee_id, from_date);
CREATE INDEX ix_allocation_activity ON allocation (activity_id, status);

CREATE TABLE appointment (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    version          BIGINT       NOT NULL DEFAULT 0,
    establishment_id BIGINT       NOT NULL,
    detainee_id      BIGINT       NOT NULL,
    kind             VARCHAR(16)  NOT NULL,
    start_at         DATETIME(6)  NOT NULL,
    end_at           DATETIME(6)  NOT NULL,
    -- Never filled for a medical appointment: the time is all that is kept.
    place            VARCHAR(120) NULL,
    with_whom        VARCHAR(120) NULL,
    state            VARCHAR(16)  NOT NULL DEFAULT 'PLANNED',
    cancel_reason    VARCHAR(300) NULL,
    override_reason  VARCHAR(300) NULL,
    created_at       DATETIME(6)  NOT NULL,
    created_by       VARCHAR(64)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    updated_by       VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_appointment_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id),
    CONSTRAINT fk_appointment_detainee FOREIGN KEY (detainee_id) REFERENCES detainee (id),
    CONSTRAINT ck_appointment_kind CHECK (kind IN ('PROBATION', 'PARTNER', 'VISIT', 'MEDICAL', 'OTHER')),
    CONSTRAINT ck_appointment_state CHECK (state IN ('PLANNED', 'CANCELLED')),
    CONSTRAINT ck_appointment_times CHECK (end_at > start_at),
    CONSTRAINT ck_appointment_medical CHECK (kind <> 'MEDICAL' OR (place IS NULL AND with_whom IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_appointment_detainee ON appointment (detainee_id, start_at);
CREATE INDEX ix_appointment_establishment ON appointment (establishment_id, start_at);

-- What changed for a detainee (a cancelled session, a booked appointment, later a decided request).
-- Stored as facts (kind, subject, when, detail) and worded in the reader's language at display.
CREATE TABLE notification (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    detainee_id BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    kind        VARCHAR(32)  NOT NULL,
    subject     VARCHAR(200) NOT NULL,
    event_at    DATETIME(6)  NULL,
    detail      VARCHAR(300) NULL,
    read_at     DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_notification_detainee FOREIGN KEY (detainee_id) REFERENCES detainee (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_notification_detainee ON notification (detainee_id, created_at);
