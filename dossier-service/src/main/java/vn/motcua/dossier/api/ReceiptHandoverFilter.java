package vn.motcua.dossier.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import vn.motcua.dossier.application.DossierDetails;
import vn.motcua.dossier.application.FormService;
import vn.motcua.dossier.application.IssuedPin;
import vn.motcua.dossier.application.ReceiptForm;

import java.util.Optional;

/**
 * Adds the lookup PIN, the receipt (Mẫu 01) with it and its printable page to the intake's 201 answer.
 * It runs after the resource method, and so after the idempotency record stored the answer: the PIN is
 * written to the response and nowhere else. A retried intake replays the stored answer, without it.
 */
@Provider
@HandsOverReceipt
public class ReceiptHandoverFilter implements ContainerResponseFilter {

    @Inject
    IssuedPin issued;

    @Inject
    FormService forms;

    @Inject
    ObjectMapper json;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 201 || !(response.getEntity() instanceof DossierView view)) {
            return;
        }
        Optional<String> pin = issued.pinFor(view.id());
        Optional<DossierDetails> received = issued.dossierFor(view.id());
        if (pin.isEmpty() || received.isEmpty()) {
            return;
        }
        Optional<ReceiptForm> receipt = forms.receiptWithPin(received.get(), pin.get());
        ObjectNode body = json.valueToTree(view);
        body.put("pin", pin.get());
        body.set("receipt", receipt.<JsonNode>map(json::valueToTree).orElse(body.nullNode()));
        body.put("receiptHtml", receipt.map(FormPage::receipt).orElse(null));
        response.setEntity(body);
    }
}
