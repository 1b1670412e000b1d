-- Digitization counts stored files, not declared ones (Issue #19; docs/reports.md, "The figures"). Until now
-- report_counts summed documents declared as FILE at intake and results flagged as files at resolution; the
-- lifecycle events now say how many documents have a stored file (documentsStored, of which documentsScanned
-- at the counter), on every event and on the file-attached event published each time a file is stored. Now:
-- - report_dossier keeps the history of the most documents stored (and scanned) as of the end of each local day
--   on which it rose (parallel arrays, ascending days; empty: none stored, as on every event older than these
--   fields);
-- - report_counts.documents_digitized: the documents stored as of reception count on the day of reception, each
--   later rise on the day it happened, under the unit competent then; documents_scanned the same for scans;
-- - the declared counts (documents_as_files, resolved_with_result, results_as_files) go: nothing reads them any
--   more, and electronic results are counted once they are stored (Issue #20).
-- The functions that count (R__report_dossier_days.sql, R__report_counts_follow.sql, R__report_recount.sql)
-- change with this migration; R__report_recount.sql counts everything again once they are in place. Rows
-- written before it have no history, so nothing digitized, until a rebuild from the topics reads the events
-- again (the events older than documentsStored carry none anyway).

ALTER TABLE report_dossier
    ADD COLUMN stored_days       date[]    NOT NULL DEFAULT '{}',
    ADD COLUMN stored_documents  integer[] NOT NULL DEFAULT '{}',
    ADD COLUMN scanned_documents integer[] NOT NULL DEFAULT '{}';

COMMENT ON COLUMN report_dossier.stored_days IS
    'local days on which the most documents stored as files (or scanned) as of the end of the day rose, ascending';
COMMENT ON COLUMN report_dossier.stored_documents IS
    'the most documents with a stored file (documentsStored) as of the end of the same entry of stored_days';
COMMENT ON COLUMN report_dossier.scanned_documents IS
    'the most documents scanned at the counter (documentsScanned) as of the end of the same entry of stored_days';

ALTER TABLE report_counts
    DROP COLUMN documents_as_files,
    DROP COLUMN resolved_with_result,
    DROP COLUMN results_as_files,
    ADD COLUMN documents_digitized bigint NOT NULL DEFAULT 0,
    ADD COLUMN documents_scanned   bigint NOT NULL DEFAULT 0;

COMMENT ON COLUMN report_counts.documents_total IS 'documents of the dossiers received that day';
COMMENT ON COLUMN report_counts.documents_digitized IS
    'documents given a stored file: those of the dossiers received that day stored by the end of it, and the later rises of dossiers received before';
COMMENT ON COLUMN report_counts.documents_scanned IS 'of documents_digitized counted the same way, those scanned at the counter';

-- the counted columns changed: the trigger's condition follows them (the history of stored files; the
-- declarations no longer count)
DROP TRIGGER report_dossier_counts_change ON report_dossier;
CREATE TRIGGER report_dossier_counts_change AFTER UPDATE ON report_dossier
    FOR EACH ROW WHEN ((OLD.competent_unit_code, OLD.receiving_unit_code, OLD.field_code, OLD.procedure_code, OLD.channel,
                        OLD.received_date, OLD.due_at, OLD.resolved_date, OLD.timeliness, OLD.refused_date, OLD.withdrawn_date,
                        OLD.rating, OLD.rated_date, OLD.documents_total, OLD.state_days, OLD.state_units, OLD.state_due_ats,
                        OLD.stored_days, OLD.stored_documents, OLD.scanned_documents)
                       IS DISTINCT FROM
                       (NEW.competent_unit_code, NEW.receiving_unit_code, NEW.field_code, NEW.procedure_code, NEW.channel,
                        NEW.received_date, NEW.due_at, NEW.resolved_date, NEW.timeliness, NEW.refused_date, NEW.withdrawn_date,
                        NEW.rating, NEW.rated_date, NEW.documents_total, NEW.state_days, NEW.state_units, NEW.state_due_ats,
                        NEW.stored_days, NEW.stored_documents, NEW.scanned_documents))
    EXECUTE FUNCTION report_counts_follow();
