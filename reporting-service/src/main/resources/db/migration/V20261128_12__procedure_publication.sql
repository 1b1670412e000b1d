-- For the Decision 766 transparency criterion: which procedures are active and published with complete
-- information (documents, processing time, fees, legal basis), from the catalogue topic.
CREATE TABLE report_procedure_publication (
    code                text    PRIMARY KEY,
    field_code          text    NOT NULL,
    status              text    NOT NULL,
    version             bigint  NOT NULL,
    has_documents       boolean NOT NULL,
    has_processing_time boolean NOT NULL,
    has_fees            boolean NOT NULL,
    has_legal_basis     boolean NOT NULL
);
