package vn.motcua.dossier.application;

import vn.motcua.platform.events.DossierStatus;

import java.time.LocalDate;

/** What an officer filters a worklist by; every criterion is optional. */
public record WorklistQuery(String code, DossierStatus status, String procedureCode, Boolean overdue, LocalDate dueBefore,
                            int page, int size) {
}
