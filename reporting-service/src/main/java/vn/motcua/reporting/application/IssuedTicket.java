package vn.motcua.reporting.application;

import vn.motcua.reporting.domain.StreamTicket;

/** A ticket as issued: the secret the caller gets once, and what it grants. Only its hash is kept. */
public record IssuedTicket(String ticket, StreamTicket grant) {
}
