-- Espace citoyen (issue 7): information sheets on rights and public services, and the directory of the
-- partner organisations that come to the establishment. Partner appointment slots and the release
-- checklist build on `partner` in a later migration.

-- A partner organisation present in one establishment (France Travail, CAF, CPAM, Mission locale, point
-- d'accès au droit, SIAO...). Never deleted once used: an inactive partner is hidden from the kiosk.
CREATE TABLE partner (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    version          BIGINT        NOT NULL DEFAULT 0,
    establishment_id BIGINT        NOT NULL,
    name             VARCHAR(120)  NOT NULL,
    kind             VARCHAR(24)   NOT NULL,
    -- What they help with, in plain French, as the kiosk shows it.
    help_with        VARCHAR(1000) NOT NULL,
    -- When they come, as staff write it ("le mardi matin, une semaine sur deux").
    visit_times      VARCHAR(300)  NOT NULL,
    active           BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at       DATETIME(6)   NOT NULL,
    created_by       VARCHAR(64)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    updated_by       VARCHAR(64)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_partner_name UNIQUE (establishment_id, name),
    CONSTRAINT fk_partner_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id),
    CONSTRAINT ck_partner_kind CHECK (kind IN ('FRANCE_TRAVAIL', 'MISSION_LOCALE', 'CAF', 'CPAM', 'LEGAL_AID',
                                               'HOUSING', 'BANK', 'PREFECTURE', 'FAMILY', 'OTHER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The PARTNER staff accounts that act for a partner (an adviser of France Travail...). An account acts for
-- one partner at most (the primary key), a partner may have several advisers or none.
CREATE TABLE partner_account (
    staff_member_id BIGINT NOT NULL,
    partner_id      BIGINT NOT NULL,
    PRIMARY KEY (staff_member_id),
    CONSTRAINT fk_partner_account_staff FOREIGN KEY (staff_member_id) REFERENCES staff_member (id),
    CONSTRAINT fk_partner_account_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_partner_account_partner ON partner_account (partner_id);

-- An information sheet of one establishment: its topic, pictogram (a name of citizen.SheetPictogram, the
-- PrimeIcons staff may choose from), whether detainees see it (PUBLISHED) and when its content was last checked.
CREATE TABLE info_sheet (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    version          BIGINT      NOT NULL DEFAULT 0,
    establishment_id BIGINT      NOT NULL,
    topic            VARCHAR(24) NOT NULL,
    pictogram        VARCHAR(32) NOT NULL,
    status           VARCHAR(16) NOT NULL DEFAULT 'DRAFT',
    reviewed_on      DATE        NOT NULL,
    published_at     DATETIME(6) NULL,
    created_at       DATETIME(6) NOT NULL,
    created_by       VARCHAR(64) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    updated_by       VARCHAR(64) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_info_sheet_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id),
    CONSTRAINT ck_info_sheet_topic CHECK (topic IN ('IDENTITY', 'HEALTH_INSURANCE', 'FAMILY_BENEFITS', 'EMPLOYMENT',
                                                    'HOUSING', 'BANKING', 'VOTING', 'LEGAL_AID', 'DEBTS',
                                                    'FOREIGNERS_RIGHTS', 'OTHER')),
    CONSTRAINT ck_info_sheet_status CHECK (status IN ('DRAFT', 'PUBLISHED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
-- The kiosk lists the published sheets of a topic; staff filter by topic and status.
CREATE INDEX ix_info_sheet_topic ON info_sheet (establishment_id, status, topic);

-- A sheet's text in one language (fr always; en, ar, es, ro when translated). The bodies are HTML already
-- sanitised by the application (citizen.SheetHtml): never written from anywhere else.
CREATE TABLE info_sheet_text (
    sheet_id  BIGINT       NOT NULL,
    language  VARCHAR(8)   NOT NULL,
    title     VARCHAR(160) NOT NULL,
    easy_text TEXT         NOT NULL,
    full_text MEDIUMTEXT   NOT NULL,
    PRIMARY KEY (sheet_id, language),
    CONSTRAINT fk_info_sheet_text_sheet FOREIGN KEY (sheet_id) REFERENCES info_sheet (id),
    CONSTRAINT ck_info_sheet_text_language CHECK (language IN ('fr', 'en', 'ar', 'es', 'ro'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
