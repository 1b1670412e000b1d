package vn.motcua.procedure.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.motcua.platform.http.problem.Problem;
import vn.motcua.platform.http.problem.ProblemException;
import vn.motcua.platform.http.problem.ProblemResponses;
import vn.motcua.procedure.application.ImportRejectedException;

/**
 * Answers an import with invalid rows: the shared mapper would give the same problem without the
 * report, and the report is what the admin needs to fix the file.
 */
public class ImportProblemMapper {

    @Inject
    ObjectMapper json;

    @ServerExceptionMapper
    public Response rejected(ImportRejectedException e, UriInfo uri) {
        Problem problem = ProblemException.of(e).toProblem();
        ImportProblem body = new ImportProblem(problem.type(), problem.title(), problem.status(), problem.detail(), uri.getPath(),
                problem.errors(), e.report());
        try {
            return Response.status(problem.status()).type(ProblemResponses.MEDIA_TYPE).entity(json.writeValueAsString(body)).build();
        } catch (JsonProcessingException ex) {
            // records of strings, numbers and lists always serialise
            throw new IllegalStateException("could not serialise an import problem", ex);
        }
    }
}
