package vn.motcua.dossier.domain.intake;

import vn.motcua.dossier.domain.deadline.ProcessingTime;

import java.util.Set;

/**
 * A procedure of the catalogue as intake needs it.
 *
 * @param levels the levels of government that carry it out: {@code PROVINCE}, {@code COMMUNE}
 * @param active false once the province withdrew it
 */
public record IntakeProcedure(String code, String fieldCode, ProcessingTime processingTime, Set<String> levels,
                              boolean active) {

    public IntakeProcedure {
        levels = Set.copyOf(levels);
    }
}
