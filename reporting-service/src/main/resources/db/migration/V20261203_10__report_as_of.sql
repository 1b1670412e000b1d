-- Reports that never rewrite the past (Issue #18; docs/reports.md, "How reports stay fast"). Until now a
-- dossier's row kept only its latest due time and competent unit, and the counts of what was open followed
-- them: a pause resumed after a period moved that period's overdue figures. Now:
-- - report_dossier keeps the history of the due time and the competent unit: the state in force at the end
--   of each local day on which it changed (parallel arrays, ascending days; the first entry also stands for
--   every day before it). Empty means "the row's competent_unit_code and due_at, always" (bulk loads that
--   know no better);
-- - report_dossier.rated_date: the local day the citizen rated the dossier (ratings count in that period);
-- - report_counts counts what is open as per-dossier intervals: on the day a dossier enters a state (open,
--   open with a due time, overdue) under a unit, +1; on the day it leaves it, -1. What is open as of the end
--   of a day is the sum of every day up to it, so a change after a period never touches that period's rows;
-- - report_counts.withdrawn_received: withdrawals of received dossiers, which leave "to process".
-- The functions that count (R__report_dossier_days.sql, R__report_counts_follow.sql, R__report_recount.sql)
-- change with this migration; R__report_recount.sql counts everything again once they are in place.

ALTER TABLE report_dossier
    ADD COLUMN state_days    date[]        NOT NULL DEFAULT '{}',
    ADD COLUMN state_units   text[]        NOT NULL DEFAULT '{}',
    ADD COLUMN state_due_ats timestamptz[] NOT NULL DEFAULT '{}',
    ADD COLUMN rated_date    date;

COMMENT ON COLUMN report_dossier.received_date IS
    'local date of reception (counter intake, or acceptance of an online submission): receivedAt, not the clock start';
COMMENT ON COLUMN report_dossier.state_days IS
    'local days on which the due time or the competent unit in force at the end of the day changed, ascending; the first also stands for every earlier day';
COMMENT ON COLUMN report_dossier.state_units IS 'the competent unit in force from the same entry of state_days on';
COMMENT ON COLUMN report_dossier.state_due_ats IS 'the due time in force from the same entry of state_days on (null: none)';
COMMENT ON COLUMN report_dossier.rated_date IS 'local date of the rated event (ratings count in the period they were given)';

-- Rows written before this migration kept neither: their latest competent unit and due time stand for their
-- whole past, and the day of resolution for the day of the rating, until a rebuild from the topics reads the
-- events again (the trigger does not see these columns yet, so nothing is counted twice; R__report_recount.sql
-- counts everything again)
UPDATE report_dossier
   SET state_days = ARRAY[coalesce(received_date, (coalesce(submitted_at, updated_at) AT TIME ZONE INTERVAL '+07:00')::date)],
       state_units = ARRAY[competent_unit_code],
       state_due_ats = ARRAY[due_at],
       rated_date = CASE WHEN rating IS NOT NULL THEN resolved_date END;

ALTER TABLE report_counts
    DROP COLUMN closed,
    DROP COLUMN dated_received,
    DROP COLUMN dated_closed,
    DROP COLUMN due,
    DROP COLUMN settled,
    ADD COLUMN withdrawn_received bigint NOT NULL DEFAULT 0,
    ADD COLUMN open_change        bigint NOT NULL DEFAULT 0,
    ADD COLUMN dated_change       bigint NOT NULL DEFAULT 0,
    ADD COLUMN overdue_change     bigint NOT NULL DEFAULT 0;

COMMENT ON COLUMN report_counts.received_counter IS 'received that day (local date of receivedAt) at the counter';
COMMENT ON COLUMN report_counts.received_online IS 'online submissions accepted that day';
COMMENT ON COLUMN report_counts.received_post IS 'received that day by post';
COMMENT ON COLUMN report_counts.ratings IS 'ratings given that day';
COMMENT ON COLUMN report_counts.rating_sum IS 'the sum of the ratings given that day';
COMMENT ON COLUMN report_counts.withdrawn_received IS 'received dossiers withdrawn that day (they leave "to process")';
COMMENT ON COLUMN report_counts.open_change IS
    'how the number of open dossiers (received, neither resolved nor withdrawn) at the end of the day differs from the day before';
COMMENT ON COLUMN report_counts.dated_change IS 'the same for open dossiers with a due time in force';
COMMENT ON COLUMN report_counts.overdue_change IS 'the same for open dossiers past the due time in force at the end of the day';

-- the counted columns changed: the trigger's condition follows them (the history, the rating's day; the
-- latest competent unit and due time on their own no longer count)
DROP TRIGGER report_dossier_counts_change ON report_dossier;
CREATE TRIGGER report_dossier_counts_change AFTER UPDATE ON report_dossier
    FOR EACH ROW WHEN ((OLD.competent_unit_code, OLD.receiving_unit_code, OLD.field_code, OLD.procedure_code, OLD.channel,
                        OLD.received_date, OLD.due_at, OLD.resolved_date, OLD.timeliness, OLD.refused_date, OLD.withdrawn_date,
                        OLD.rating, OLD.rated_date, OLD.documents_total, OLD.documents_as_files, OLD.result_as_file,
                        OLD.state_days, OLD.state_units, OLD.state_due_ats)
                       IS DISTINCT FROM
                       (NEW.competent_unit_code, NEW.receiving_unit_code, NEW.field_code, NEW.procedure_code, NEW.channel,
                        NEW.received_date, NEW.due_at, NEW.resolved_date, NEW.timeliness, NEW.refused_date, NEW.withdrawn_date,
                        NEW.rating, NEW.rated_date, NEW.documents_total, NEW.documents_as_files, NEW.result_as_file,
                        NEW.state_days, NEW.state_units, NEW.state_due_ats))
    EXECUTE FUNCTION report_counts_follow();
