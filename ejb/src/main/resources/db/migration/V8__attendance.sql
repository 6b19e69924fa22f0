-- Attendance (issue 6): who was present at each session, from when to when, and why absent; clock-in
-- and out at workshop terminals; weekly timesheets validated by staff; working-time limits.
-- Instants are DATETIME(6) in UTC; session_date and week_start are local dates in Europe/Paris.

-- The link between a workshop terminal and the activities it records attendance for (the terminal
-- stands where they happen: a kitchen terminal serves both kitchen teams). Terminals and activities
-- only name their place in free text, so the link is explicit here.
CREATE TABLE clock_point (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    version     BIGINT      NOT NULL DEFAULT 0,
    terminal_id BIGINT      NOT NULL,
    activity_id BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    created_by  VARCHAR(64) NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    updated_by  VARCHAR(64) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_clock_point UNIQUE (terminal_id, activity_id),
    CONSTRAINT fk_clock_point_terminal FOREIGN KEY (terminal_id) REFERENCES terminal (id),
    CONSTRAINT fk_clock_point_activity FOREIGN KEY (activity_id) REFERENCES activity (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_clock_point_activity ON clock_point (activity_id);

-- Working-time limits and clocking tolerance, per establishment (absent row: the defaults).
CREATE TABLE attendance_policy (
    id                     BIGINT      NOT NULL AUTO_INCREMENT,
    version                BIGINT      NOT NULL DEFAULT 0,
    establishment_id       BIGINT      NOT NULL,
    max_day_minutes        INT         NOT NULL DEFAULT 600,
    max_week_minutes       INT         NOT NULL DEFAULT 2880,
    min_rest_days          INT         NOT NULL DEFAULT 1,
    clock_in_early_minutes INT         NOT NULL DEFAULT 15,
    long_session_minutes   INT         NOT NULL DEFAULT 600,
    created_at             DATETIME(6) NOT NULL,
    created_by             VARCHAR(64) NOT NULL,
    updated_at             DATETIME(6) NOT NULL,
    updated_by             VARCHAR(64) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_attendance_policy UNIQUE (establishment_id),
    CONSTRAINT fk_attendance_policy_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id),
    CONSTRAINT ck_attendance_policy_day CHECK (max_day_minutes BETWEEN 60 AND 1440),
    CONSTRAINT ck_attendance_policy_week CHECK (max_week_minutes BETWEEN 60 AND 10080),
    CONSTRAINT ck_attendance_policy_rest CHECK (min_rest_days BETWEEN 0 AND 7),
    CONSTRAINT ck_attendance_policy_early CHECK (clock_in_early_minutes BETWEEN 0 AND 120),
    CONSTRAINT ck_attendance_policy_long CHECK (long_session_minutes BETWEEN 60 AND 1440)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per session and allocated detainee: the current state of their attendance, a copy of the
-- latest of its versions (attendance_entry), kept for fast sums. Establishment, activity, date and
-- week are copied from the session so that timesheets and statements read one table.
CREATE TABLE attendance (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    version          BIGINT       NOT NULL DEFAULT 0,
    establishment_id BIGINT       NOT NULL,
    session_id       BIGINT       NOT NULL,
    activity_id      BIGINT       NOT NULL,
    detainee_id      BIGINT       NOT NULL,
    session_date     DATE         NOT NULL,
    week_start       DATE         NOT NULL,
    status           VARCHAR(16)  NOT NULL DEFAULT 'EXPECTED',
    present_from     DATETIME(6)  NULL,
    present_to       DATETIME(6)  NULL,
    minutes          INT          NOT NULL DEFAULT 0,
    absence_reason   VARCHAR(24)  NULL,
    absence_note     VARCHAR(300) NULL,
    source           VARCHAR(16)  NULL,
    -- Set when a clock-out made the session longer than the establishment's long-session limit.
    long_session     BOOLEAN      NOT NULL DEFAULT FALSE,
    revision         INT          NOT NULL DEFAULT 0,
    created_at       DATETIME(6)  NOT NULL,
    created_by       VARCHAR(64)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    updated_by       VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_attendance UNIQUE (session_id, detainee_id),
    CONSTRAINT fk_attendance_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id),
    CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES activity_session (id),
    CONSTRAINT fk_attendance_activity FOREIGN KEY (activity_id) REFERENCES activity (id),
    CONSTRAINT fk_attendance_detainee FOREIGN KEY (detainee_id) REFERENCES detainee (id),
    CONSTRAINT ck_attendance_status CHECK (status IN ('EXPECTED', 'PRESENT', 'ABSENT')),
    CONSTRAINT ck_attendance_present CHECK (status <> 'PRESENT' OR present_from IS NOT NULL),
    CONSTRAINT ck_attendance_times CHECK (present_to IS NULL OR present_to >= present_from),
    CONSTRAINT ck_attendance_absent CHECK ((status = 'ABSENT') = (absence_reason IS NOT NULL)),
    CONSTRAINT ck_attendance_reason CHECK (absence_reason IS NULL OR absence_reason IN ('SICK', 'REFUSED',
        'NOT_REQUIRED', 'CALLED_TO_APPOINTMENT', 'SESSION_CANCELLED', 'OTHER')),
    CONSTRAINT ck_attendance_other CHECK (absence_reason IS NULL OR absence_reason <> 'OTHER'
        OR absence_note IS NOT NULL),
    CONSTRAINT ck_attendance_minutes CHECK (minutes >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_attendance_detainee ON attendance (detainee_id, session_date);
CREATE INDEX ix_attendance_establishment ON attendance (establishment_id, session_date);
CREATE INDEX ix_attendance_week ON attendance (establishment_id, week_start, activity_id);

-- Every version of an attendance, never changed: badge, roll-call or correction, with who, when, why.
CREATE TABLE attendance_entry (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    attendance_id  BIGINT       NOT NULL,
    revision       INT          NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    present_from   DATETIME(6)  NULL,
    present_to     DATETIME(6)  NULL,
    minutes        INT          NOT NULL,
    absence_reason VARCHAR(24)  NULL,
    absence_note   VARCHAR(300) NULL,
    source         VARCHAR(16)  NOT NULL,
    recorded_at    DATETIME(6)  NOT NULL,
    recorded_by    VARCHAR(64)  NOT NULL,
    terminal_code  VARCHAR(32)  NULL,
    why            VARCHAR(300) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_attendance_entry UNIQUE (attendance_id, revision),
    CONSTRAINT fk_attendance_entry_attendance FOREIGN KEY (attendance_id) REFERENCES attendance (id),
    CONSTRAINT ck_attendance_entry_source CHECK (source IN ('BADGE', 'ROLL_CALL', 'CORRECTION'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every tap on "Je commence" / "Je termine", accepted or not: a refused tap is kept (and shown to
-- supervisors as an anomaly), never dropped.
CREATE TABLE clock_event (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    establishment_id BIGINT      NOT NULL,
    detainee_id      BIGINT      NOT NULL,
    terminal_id      BIGINT      NULL,
    kind             VARCHAR(8)  NOT NULL,
    at               DATETIME(6) NOT NULL,
    outcome          VARCHAR(16) NOT NULL,
    refusal          VARCHAR(64) NULL,
    attendance_id    BIGINT      NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_clock_event_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id),
    CONSTRAINT fk_clock_event_detainee FOREIGN KEY (detainee_id) REFERENCES detainee (id),
    CONSTRAINT fk_clock_event_terminal FOREIGN KEY (terminal_id) REFERENCES terminal (id),
    CONSTRAINT fk_clock_event_attendance FOREIGN KEY (attendance_id) REFERENCES attendance (id),
    CONSTRAINT ck_clock_event_kind CHECK (kind IN ('IN', 'OUT')),
    CONSTRAINT ck_clock_event_outcome CHECK (outcome IN ('ACCEPTED', 'FLAGGED', 'REFUSED')),
    CONSTRAINT ck_clock_event_refusal CHECK ((outcome = 'REFUSED') = (refusal IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_clock_event_establishment ON clock_event (establishment_id, at);
CREATE INDEX ix_clock_event_detainee ON clock_event (detainee_id, at);

-- A week of one detainee's attendance at one activity, once staff validated it (no row: pending).
-- Validated means locked: a later correction reopens it (status OPEN again, who/when/why kept).
CREATE TABLE timesheet (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    version           BIGINT       NOT NULL DEFAULT 0,
    establishment_id  BIGINT       NOT NULL,
    detainee_id       BIGINT       NOT NULL,
    activity_id       BIGINT       NOT NULL,
    week_start        DATE         NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    validated_minutes INT          NULL,
    validated_at      DATETIME(6)  NULL,
    validated_by      VARCHAR(64)  NULL,
    override_reason   VARCHAR(300) NULL,
    reopened_at       DATETIME(6)  NULL,
    reopened_by       VARCHAR(64)  NULL,
    reopen_reason     VARCHAR(300) NULL,
    created_at        DATETIME(6)  NOT NULL,
    created_by        VARCHAR(64)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    updated_by        VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_timesheet UNIQUE (detainee_id, activity_id, week_start),
    CONSTRAINT fk_timesheet_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id),
    CONSTRAINT fk_timesheet_detainee FOREIGN KEY (detainee_id) REFERENCES detainee (id),
    CONSTRAINT fk_timesheet_activity FOREIGN KEY (activity_id) REFERENCES activity (id),
    CONSTRAINT ck_timesheet_status CHECK (status IN ('OPEN', 'VALIDATED')),
    CONSTRAINT ck_timesheet_validated CHECK (status <> 'VALIDATED' OR validated_at IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_timesheet_week ON timesheet (establishment_id, week_start);
