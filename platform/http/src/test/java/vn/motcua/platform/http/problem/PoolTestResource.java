package vn.motcua.platform.http.problem;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Endpoints that hold database connections of a small pool until released, and one that needs a connection. */
@Path("/api/test/pool")
@PermitAll
public class PoolTestResource {

    static volatile CountDownLatch release = new CountDownLatch(0);
    static volatile CountDownLatch holding = new CountDownLatch(0);

    @Inject
    AgroalDataSource dataSource;

    @POST
    @Path("/hold")
    public Map<String, Boolean> hold() throws SQLException, InterruptedException {
        try (Connection connection = dataSource.getConnection()) {
            holding.countDown();
            return Map.of("released", release.await(30, TimeUnit.SECONDS));
        }
    }

    @GET
    @Path("/query")
    public Map<String, Integer> query() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT 1")) {
            row.next();
            return Map.of("answer", row.getInt(1));
        }
    }
}
