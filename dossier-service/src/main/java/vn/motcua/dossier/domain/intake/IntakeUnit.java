package vn.motcua.dossier.domain.intake;

/**
 * An administrative unit as intake needs it.
 *
 * @param level  {@code PROVINCE} for the province's own centre, {@code COMMUNE} for a commune or ward
 * @param active false once the unit was merged away
 */
public record IntakeUnit(String code, String level, boolean active) {

    public static final String PROVINCE = "PROVINCE";
    public static final String COMMUNE = "COMMUNE";
}
