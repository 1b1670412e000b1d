package vn.motcua.bench;

/** A receiving unit and a procedure carried out at its level: one valid kind of counter intake. */
public record IntakeTarget(String unitCode, String procedureCode) {
}
