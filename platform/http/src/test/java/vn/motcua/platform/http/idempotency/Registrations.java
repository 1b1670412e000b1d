package vn.motcua.platform.http.idempotency;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.motcua.platform.http.security.Caller;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The use case behind the test endpoints: it owns its transaction, writes a row in
 * {@code test_registration} (so tests can count how often it really ran) and may then fail.
 */
@ApplicationScoped
public class Registrations {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Caller caller;

    @Inject
    RegistrationFailures failures;

    @Transactional
    @IdempotentUseCase
    public RegistrationTestResource.Registered register(RegistrationTestResource.Registration registration, String channel)
            throws Exception {
        RegistrationTestResource.Registered registered = insert(registration, channel);
        Optional<Exception> failure = failures.takeNext();
        if (failure.isPresent()) {
            throw failure.get();
        }
        return registered;
    }

    private RegistrationTestResource.Registered insert(RegistrationTestResource.Registration registration, String channel)
            throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO test_registration (registered_by, applicant, channel) VALUES (?, ?, ?) RETURNING id")) {
            insert.setString(1, caller.subject());
            insert.setString(2, registration.applicant());
            insert.setString(3, channel);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return new RegistrationTestResource.Registered(row.getLong(1), registration.applicant(), caller.subject(), channel);
            }
        }
    }
}
