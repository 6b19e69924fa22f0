-- Language versions of an activity's description (issue 11): what the kiosk shows a detainee who reads
-- English, Arabic, Spanish or Romanian. French stays in activity.description and activity.easy_description;
-- a reader whose language has no version here gets the easy-to-read French one, labelled as such.
-- Kept as long as the activity (activities are never deleted).
CREATE TABLE activity_translation (
    activity_id BIGINT       NOT NULL,
    language    VARCHAR(8)   NOT NULL,
    description VARCHAR(600) NOT NULL,
    PRIMARY KEY (activity_id, language),
    CONSTRAINT fk_activity_translation_activity FOREIGN KEY (activity_id) REFERENCES activity (id),
    CONSTRAINT ck_activity_translation_language CHECK (language IN ('en', 'ar', 'es', 'ro'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
