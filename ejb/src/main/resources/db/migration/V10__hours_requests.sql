-- "Mes heures" (issue 6): two new request types of the request engine.
--   HOURS_DISPUTE       "Je conteste cette ligne": a detainee disputes one attendance line (a day's hours at
--                       one activity). The line is attached (attendance id, activity_id = its activity), with
--                       the reason the detainee tapped and what the line said when disputed (status, minutes):
--                       the line may be corrected afterwards, the request keeps what was disputed.
--                       Routed to the team of the activity (work or training) and naming the activity's staff
--                       member in charge, who takes its roll-call.
--   HOURS_ATTESTATION   "Demander mon attestation d'heures": answered once staff have issued the attestation.

ALTER TABLE detainee_request DROP CONSTRAINT ck_request_type;
ALTER TABLE detainee_request ADD CONSTRAINT ck_request_type
    CHECK (type IN ('TRAINING_ENROLMENT', 'JOB_APPLICATION', 'APPOINTMENT', 'GENERAL', 'HOURS_DISPUTE',
                    'HOURS_ATTESTATION'));

ALTER TABLE detainee_request
    ADD COLUMN attendance_id      BIGINT       NULL,
    ADD COLUMN dispute_reason     VARCHAR(24)  NULL,
    ADD COLUMN disputed_status    VARCHAR(16)  NULL,
    ADD COLUMN disputed_minutes   INT          NULL,
    ADD COLUMN in_charge_id       BIGINT       NULL,
    ADD COLUMN in_charge_name     VARCHAR(170) NULL,
    -- One open dispute per attendance line, whatever the application does (the intake also refuses it).
    ADD COLUMN open_dispute_key   BIGINT AS (CASE WHEN status IN ('SUBMITTED', 'IN_REVIEW') THEN attendance_id END)
        PERSISTENT,
    ADD CONSTRAINT fk_request_attendance FOREIGN KEY (attendance_id) REFERENCES attendance (id),
    ADD CONSTRAINT fk_request_in_charge FOREIGN KEY (in_charge_id) REFERENCES staff_member (id),
    ADD CONSTRAINT uq_request_open_dispute UNIQUE (open_dispute_key),
    ADD CONSTRAINT ck_request_dispute CHECK ((type = 'HOURS_DISPUTE') = (attendance_id IS NOT NULL)
        AND (type <> 'HOURS_DISPUTE' OR (dispute_reason IS NOT NULL AND activity_id IS NOT NULL
                                         AND disputed_status IS NOT NULL AND disputed_minutes IS NOT NULL))),
    ADD CONSTRAINT ck_request_dispute_reason CHECK (dispute_reason IS NULL OR dispute_reason IN ('HOURS_MISSING',
        'WRONG_TIMES', 'WAS_PRESENT', 'NOT_MY_SESSION', 'OTHER')),
    ADD CONSTRAINT ck_request_disputed_status CHECK (disputed_status IS NULL
        OR disputed_status IN ('EXPECTED', 'PRESENT', 'ABSENT'));
