package vn.motcua.procedure.domain;

/** Which way of submitting a fee applies to; ANY when it does not depend on it. */
public enum FeeChannel {
    ANY,
    COUNTER,
    ONLINE,
    POST
}
