-- Pay (issue 6): dated rates, never constants in code. One row = one value of one rate item that
-- applies from a date until the next value of the same item and scope. Rows are never updated: a
-- change is a new row from today or a future date (a value not yet in force may be withdrawn).
--
-- Items:
--   MINIMUM_WAGE        SMIC brut horaire in euros. National only (the law; same for every establishment).
--   PRODUCTION, CLASS_I, CLASS_II, CLASS_III
--                       share of the SMIC in percent for a work pay class (schedule.PayClass). The national
--                       rows are the floors of the contrat d'emploi pénitentiaire; an establishment may pay
--                       more with rows of its own (never less: the floor in force wins).
--   TRAINING_ALLOWANCE  hourly allowance of vocational training in euros: a national default, which an
--                       establishment may replace with its own value (the Region funds it since 2015).
-- Scope: establishment_id NULL = national value; scope_key makes "national" a key value for the unique
-- constraint (MariaDB lets several NULLs through a unique key).

CREATE TABLE pay_rate (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    item             VARCHAR(24)   NOT NULL,
    establishment_id BIGINT        NULL,
    effective_from   DATE          NOT NULL,
    rate_value       DECIMAL(9, 2) NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    created_by       VARCHAR(64)   NOT NULL,
    scope_key        BIGINT AS (COALESCE(establishment_id, 0)) PERSISTENT,
    PRIMARY KEY (id),
    CONSTRAINT uk_pay_rate UNIQUE (item, scope_key, effective_from),
    CONSTRAINT fk_pay_rate_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id),
    CONSTRAINT ck_pay_rate_item CHECK (item IN ('MINIMUM_WAGE', 'PRODUCTION', 'CLASS_I', 'CLASS_II', 'CLASS_III',
                                                'TRAINING_ALLOWANCE')),
    CONSTRAINT ck_pay_rate_positive CHECK (rate_value > 0),
    CONSTRAINT ck_pay_rate_share CHECK (item IN ('MINIMUM_WAGE', 'TRAINING_ALLOWANCE') OR rate_value <= 100),
    CONSTRAINT ck_pay_rate_wage_national CHECK (item <> 'MINIMUM_WAGE' OR establishment_id IS NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
-- The rate table of an establishment is read at once: national rows and its own.
CREATE INDEX ix_pay_rate_scope ON pay_rate (scope_key, item, effective_from);

-- SMIC brut horaire (métropole): 11,65 EUR on 1 January 2024, 11,88 EUR on 1 November 2024 (+2 %, no change on
-- 1 January 2025), 12,02 EUR on 1 January 2026 (+1,18 %). Values as published in the decrees; check the next
-- decree each year and add its value on the pay rates page.
INSERT INTO pay_rate (item, establishment_id, effective_from, rate_value, created_at, created_by) VALUES
    ('MINIMUM_WAGE', NULL, '2024-01-01', 11.65, UTC_TIMESTAMP(6), 'migration:V9'),
    ('MINIMUM_WAGE', NULL, '2024-11-01', 11.88, UTC_TIMESTAMP(6), 'migration:V9'),
    ('MINIMUM_WAGE', NULL, '2026-01-01', 12.02, UTC_TIMESTAMP(6), 'migration:V9');

-- Floors of the contrat d'emploi pénitentiaire (décret n° 2022-655 du 25 avril 2022, in force 1 May 2022):
-- production 45 % of the SMIC, general service class I 33 %, class II 25 %, class III 20 %.
INSERT INTO pay_rate (item, establishment_id, effective_from, rate_value, created_at, created_by) VALUES
    ('PRODUCTION', NULL, '2022-05-01', 45.00, UTC_TIMESTAMP(6), 'migration:V9'),
    ('CLASS_I',    NULL, '2022-05-01', 33.00, UTC_TIMESTAMP(6), 'migration:V9'),
    ('CLASS_II',   NULL, '2022-05-01', 25.00, UTC_TIMESTAMP(6), 'migration:V9'),
    ('CLASS_III',  NULL, '2022-05-01', 20.00, UTC_TIMESTAMP(6), 'migration:V9');

-- Vocational training allowance: TO BE CONFIRMED with the Region's convention before real use. 2,28 EUR an hour
-- is the figure reported for detainee trainees in 2006 (La Voix du Nord, 13 September 2006); since 1 January
-- 2015 the Regions fund and set it (loi n° 2014-288 du 5 mars 2014). Each establishment records the value of
-- its Region on the pay rates page; this national row is only the default.
INSERT INTO pay_rate (item, establishment_id, effective_from, rate_value, created_at, created_by) VALUES
    ('TRAINING_ALLOWANCE', NULL, '2024-01-01', 2.28, UTC_TIMESTAMP(6), 'migration:V9');
