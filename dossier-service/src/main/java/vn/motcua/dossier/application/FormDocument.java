package vn.motcua.dossier.application;

import vn.motcua.dossier.domain.intake.ReceivedAs;

/** A document listed on the receipt: its name and whether it came on paper or as a file. */
public record FormDocument(String name, ReceivedAs receivedAs) {
}
