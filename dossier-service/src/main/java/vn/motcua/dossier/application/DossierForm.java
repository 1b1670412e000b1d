package vn.motcua.dossier.application;

import com.fasterxml.jackson.annotation.JsonIgnore;
import vn.motcua.dossier.domain.forms.FormKind;

/** One of the written forms of a dossier (Mẫu 01 to 04), as JSON and as the source of its printable page. */
public interface DossierForm {

    @JsonIgnore
    FormKind kind();
}
