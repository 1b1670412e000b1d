-- Electronic results that exist (Issue #20; docs/reports.md, "The figures"). The lifecycle events now say whether
-- the result was issued as an electronic file that dossier-service stores (resultStored) and whether that file
-- carries a digital signature (resultSigned), on the resolved event and every later one. The 766 digitization
-- group counts these, never the declared resultAsFile. Now:
-- - report_dossier keeps both as the first event showing the dossier resolved said them (the resolved event's
--   snapshot): a later event never changes what the day of resolution counted, so closed periods stay as they
--   were. Null: not known (an event older than these fields), which counts as not stored;
-- - report_counts.results_stored: the dossiers resolved that day whose result was stored as a file, under the unit
--   competent at the end of that day, as resolved dossiers are counted; results_signed: those of them signed.
-- The functions that count (R__report_dossier_days.sql, R__report_counts_follow.sql, R__report_recount.sql)
-- change with this migration; R__report_recount.sql counts everything again once they are in place. Rows
-- written before it know of no stored result, so none counts until a rebuild from the topics reads the events
-- again (the events older than resultStored carry none anyway).

ALTER TABLE report_dossier
    ADD COLUMN result_stored boolean,
    ADD COLUMN result_signed boolean;

COMMENT ON COLUMN report_dossier.result_as_file IS 'declared at resolution (resultAsFile); counted nowhere';
COMMENT ON COLUMN report_dossier.result_stored IS
    'resultStored of the first event showing the dossier resolved: its result was issued as an electronic file dossier-service stores; null: not known';
COMMENT ON COLUMN report_dossier.result_signed IS
    'resultSigned of the same event: that stored file carries a digital signature; null when none is stored or not known';

ALTER TABLE report_counts
    ADD COLUMN results_stored bigint NOT NULL DEFAULT 0,
    ADD COLUMN results_signed bigint NOT NULL DEFAULT 0;

COMMENT ON COLUMN report_counts.results_stored IS
    'dossiers resolved that day whose result was stored as an electronic file (resultStored on the resolved event)';
COMMENT ON COLUMN report_counts.results_signed IS 'of results_stored, those whose stored file carries a digital signature';

-- the counted columns changed: the trigger's condition follows them (the stored and signed result)
DROP TRIGGER report_dossier_counts_change ON report_dossier;
CREATE TRIGGER report_dossier_counts_change AFTER UPDATE ON report_dossier
    FOR EACH ROW WHEN ((OLD.competent_unit_code, OLD.receiving_unit_code, OLD.field_code, OLD.procedure_code, OLD.channel,
                        OLD.received_date, OLD.due_at, OLD.resolved_date, OLD.timeliness, OLD.refused_date, OLD.withdrawn_date,
                        OLD.rating, OLD.rated_date, OLD.documents_total, OLD.state_days, OLD.state_units, OLD.state_due_ats,
                        OLD.stored_days, OLD.stored_documents, OLD.scanned_documents, OLD.result_stored, OLD.result_signed)
                       IS DISTINCT FROM
                       (NEW.competent_unit_code, NEW.receiving_unit_code, NEW.field_code, NEW.procedure_code, NEW.channel,
                        NEW.received_date, NEW.due_at, NEW.resolved_date, NEW.timeliness, NEW.refused_date, NEW.withdrawn_date,
                        NEW.rating, NEW.rated_date, NEW.documents_total, NEW.state_days, NEW.state_units, NEW.state_due_ats,
                        NEW.stored_days, NEW.stored_documents, NEW.scanned_documents, NEW.result_stored, NEW.result_signed))
    EXECUTE FUNCTION report_counts_follow();
