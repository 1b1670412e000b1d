package vn.motcua.dossier.application;

import org.eclipse.microprofile.config.spi.Converter;
import vn.motcua.dossier.domain.calendar.WorkingPeriod;

/** Reads a working period from configuration, written {@code 07:30-11:30}. */
public class WorkingPeriodConverter implements Converter<WorkingPeriod> {

    @Override
    public WorkingPeriod convert(String value) {
        return WorkingPeriod.parse(value);
    }
}
