package vn.motcua.procedure.domain;

/** The level of government that carries out a procedure (cấp thực hiện). */
public enum Level {
    PROVINCE,
    COMMUNE
}
