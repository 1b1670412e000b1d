package vn.motcua.dossier.application;

import vn.motcua.dossier.domain.intake.Applicant;
import vn.motcua.dossier.domain.intake.ReceivedDocument;
import vn.motcua.dossier.domain.lifecycle.DossierAction;
import vn.motcua.dossier.domain.lifecycle.DossierState;

import java.util.List;

/** A dossier as someone allowed to see it reads it: its state, applicant, documents and the actions open to them. */
public record DossierDetails(DossierState state, String procedureName, Applicant applicant, List<ReceivedDocument> documents,
                             List<DossierAction> allowedActions, long version) {
}
