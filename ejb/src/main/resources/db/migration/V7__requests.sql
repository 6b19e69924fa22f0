-- Requests (demandes / requêtes): what a detainee asks of the administration, its history of events,
-- the half-days proposed for an appointment, and the commissions (CPU) where job and training
-- requests are decided together. Instants are DATETIME(6) in UTC; dates are local (Europe/Paris).

CREATE TABLE commission (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    version          BIGINT        NOT NULL DEFAULT 0,
    establishment_id BIGINT        NOT NULL,
    meeting_date     DATE          NOT NULL,
    members          VARCHAR(600)  NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    closed_at        DATETIME(6)   NULL,
    closed_by        VARCHAR(64)   NULL,
    created_at       DATETIME(6)   NOT NULL,
    created_by       VARCHAR(64)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    updated_by       VARCHAR(64)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_commission_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id),
    CONSTRAINT ck_commission_status CHECK (status IN ('PREPARING', 'CLOSED')),
    CONSTRAINT ck_commission_closed CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_commission_establishment ON commission (establishment_id, meeting_date);

CREATE TABLE detainee_request (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    version          BIGINT        NOT NULL DEFAULT 0,
    establishment_id BIGINT        NOT NULL,
    detainee_id      BIGINT        NOT NULL,
    type             VARCHAR(24)   NOT NULL,
    team             VARCHAR(16)   NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    activity_id      BIGINT        NULL,
    any_work         BOOLEAN       NOT NULL DEFAULT FALSE,
    -- The detainee's words: motivation, or the text of a general request.
    text             VARCHAR(1000) NULL,
    -- Set by the kiosk screen once per form: a replayed submission finds the request it created.
    client_token     VARCHAR(36)   NOT NULL,
    submitted_at     DATETIME(6)   NOT NULL,
    due_date         DATE          NOT NULL,
    escalated_at     DATETIME(6)   NULL,
    waitlisted_at    DATETIME(6)   NULL,
    awaiting_answer  BOOLEAN       NOT NULL DEFAULT FALSE,
    decided_at       DATETIME(6)   NULL,
    decided_by       VARCHAR(64)   NULL,
    decided_by_name  VARCHAR(170)  NULL,
    reason_code      VARCHAR(32)   NULL,
    -- Written for the detainee: the refusal's words, or the answer to a general request.
    reason_text      VARCHAR(1000) NULL,
    allocation_id    BIGINT        NULL,
    appointment_id   BIGINT        NULL,
    commission_id    BIGINT        NULL,
    created_at       DATETIME(6)   NOT NULL,
    created_by       VARCHAR(64)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    updated_by       VARCHAR(64)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_request_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id),
    CONSTRAINT fk_request_detainee FOREIGN KEY (detainee_id) REFERENCES detainee (id),
    CONSTRAINT fk_request_activity FOREIGN KEY (activity_id) REFERENCES activity (id),
    CONSTRAINT fk_request_allocation FOREIGN KEY (allocation_id) REFERENCES allocation (id),
    CONSTRAINT fk_request_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id),
    CONSTRAINT fk_request_commission FOREIGN KEY (commission_id) REFERENCES commission (id),
    CONSTRAINT uq_request_client_token UNIQUE (detainee_id, client_token),
    CONSTRAINT ck_request_type CHECK (type IN ('TRAINING_ENROLMENT', 'JOB_APPLICATION', 'APPOINTMENT', 'GENERAL')),
    CONSTRAINT ck_request_team CHECK (team IN ('TRAINING', 'WORK', 'SPIP', 'DETENTION', 'GREFFE', 'ACCOUNTS')),
    CONSTRAINT ck_request_status CHECK (status IN ('SUBMITTED', 'IN_REVIEW', 'APPROVED', 'REJECTED', 'WAITLISTED',
        'ANSWERED', 'CANCELLED')),
    CONSTRAINT ck_request_activity CHECK (type NOT IN ('TRAINING_ENROLMENT') OR activity_id IS NOT NULL),
    CONSTRAINT ck_request_waitlist CHECK (status <> 'WAITLISTED' OR waitlisted_at IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
-- Staff queues: one team's requests of an establishment by status, oldest due first.
CREATE INDEX ix_request_queue ON detainee_request (establishment_id, team, status, due_date);
-- "Mes demandes" and the detainee's file.
CREATE INDEX ix_request_detainee ON detainee_request (detainee_id, submitted_at);
-- Waiting lists and duplicate checks per activity.
CREATE INDEX ix_request_activity ON detainee_request (activity_id, status, waitlisted_at);
-- Escalation of overdue requests.
CREATE INDEX ix_request_due ON detainee_request (status, due_date);

CREATE TABLE request_half_day (
    request_id BIGINT     NOT NULL,
    day        DATE       NOT NULL,
    half       VARCHAR(10) NOT NULL,
    PRIMARY KEY (request_id, day, half),
    CONSTRAINT fk_request_half_day_request FOREIGN KEY (request_id) REFERENCES detainee_request (id),
    CONSTRAINT ck_request_half_day_half CHECK (half IN ('MORNING', 'AFTERNOON'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE request_event (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    request_id          BIGINT        NOT NULL,
    at                  DATETIME(6)   NOT NULL,
    kind                VARCHAR(24)   NOT NULL,
    -- The status after the event.
    status              VARCHAR(16)   NOT NULL,
    actor               VARCHAR(64)   NOT NULL,
    actor_name          VARCHAR(170)  NULL,
    team                VARCHAR(16)   NULL,
    text                VARCHAR(1000) NULL,
    visible_to_detainee BOOLEAN       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_request_event_request FOREIGN KEY (request_id) REFERENCES detainee_request (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_request_event_request ON request_event (request_id, at);

CREATE TABLE commission_item (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    version       BIGINT        NOT NULL DEFAULT 0,
    commission_id BIGINT        NOT NULL,
    request_id    BIGINT        NOT NULL,
    -- What the commission decided, recorded during the meeting, applied when it closes.
    outcome       VARCHAR(16)   NULL,
    reason_code   VARCHAR(32)   NULL,
    reason_text   VARCHAR(1000) NULL,
    activity_id   BIGINT        NULL,
    from_date     DATE          NULL,
    created_at    DATETIME(6)   NOT NULL,
    created_by    VARCHAR(64)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    updated_by    VARCHAR(64)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_commission_item_commission FOREIGN KEY (commission_id) REFERENCES commission (id),
    CONSTRAINT fk_commission_item_request FOREIGN KEY (request_id) REFERENCES detainee_request (id),
    CONSTRAINT fk_commission_item_activity FOREIGN KEY (activity_id) REFERENCES activity (id),
    CONSTRAINT uq_commission_item UNIQUE (commission_id, request_id),
    CONSTRAINT ck_commission_item_outcome CHECK (outcome IS NULL
        OR outcome IN ('APPROVE', 'REJECT', 'WAITLIST', 'DEFER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
