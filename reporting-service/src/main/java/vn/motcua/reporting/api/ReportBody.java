package vn.motcua.reporting.api;

import vn.motcua.reporting.domain.ReportScope;

/** What every report's JSON body starts with: the report's name and the scope it covers. */
public interface ReportBody {

    String report();

    ReportScope scope();
}
