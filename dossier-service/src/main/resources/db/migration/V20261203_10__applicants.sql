-- Applicants of every kind (Issue #17): a person (full name, CCCD) or an organisation (name, tax code;
-- a household business uses its owner's CCCD), optionally a representative who hands the dossier in
-- (name, CCCD, capacity). The phone is optional: at least one way to reach the applicant is required.

-- the public state's word on the applicant, which identifies nobody and goes into events
ALTER TABLE dossier
    ADD COLUMN applicant_kind          text NOT NULL DEFAULT 'PERSON'
        CHECK (applicant_kind IN ('PERSON', 'ORGANISATION')),
    ADD COLUMN representative_capacity text
        CHECK (representative_capacity IN ('RELATIVE', 'AUTHORISED_PERSON', 'COMMUNITY_DIGITAL_TEAM'));

-- the personal data, kept apart
ALTER TABLE dossier_applicant
    ADD COLUMN kind text NOT NULL DEFAULT 'PERSON' CHECK (kind IN ('PERSON', 'ORGANISATION')),
    ADD COLUMN organisation_name         text,
    ADD COLUMN tax_code                  text,
    ADD COLUMN representative_name       text,
    ADD COLUMN representative_citizen_id text,
    ADD COLUMN representative_capacity   text
        CHECK (representative_capacity IN ('RELATIVE', 'AUTHORISED_PERSON', 'COMMUNITY_DIGITAL_TEAM')),
    ALTER COLUMN full_name  DROP NOT NULL,
    ALTER COLUMN citizen_id DROP NOT NULL,
    ALTER COLUMN phone      DROP NOT NULL,
    ALTER COLUMN address    DROP NOT NULL,
    ADD CONSTRAINT dossier_applicant_identified CHECK (
        (kind = 'PERSON' AND full_name IS NOT NULL AND citizen_id IS NOT NULL
            AND organisation_name IS NULL AND tax_code IS NULL)
        OR (kind = 'ORGANISATION' AND organisation_name IS NOT NULL AND tax_code IS NOT NULL
            AND full_name IS NULL AND citizen_id IS NULL)),
    ADD CONSTRAINT dossier_applicant_reachable CHECK (phone IS NOT NULL OR email IS NOT NULL OR address IS NOT NULL),
    ADD CONSTRAINT dossier_applicant_representative CHECK (
        (representative_capacity IS NULL AND representative_name IS NULL AND representative_citizen_id IS NULL)
        OR (representative_capacity IS NOT NULL AND representative_name IS NOT NULL
            AND representative_citizen_id IS NOT NULL));
