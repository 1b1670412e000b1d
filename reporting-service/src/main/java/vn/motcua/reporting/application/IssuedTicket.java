package vn.motcua.reporting.application;

/** A ticket as issued: the secret the caller gets once, and what it grants. Only its hash is kept. */
public record IssuedTicket(String ticket, StreamTicket grant) {
}
