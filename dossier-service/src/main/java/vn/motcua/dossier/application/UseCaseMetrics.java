package vn.motcua.dossier.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import vn.motcua.dossier.domain.intake.IntakeCommand;
import vn.motcua.dossier.domain.lifecycle.DossierAction;
import vn.motcua.platform.rules.Refusal;

import java.util.Locale;

/**
 * Records intake and actions as timers: {@code motcua.dossier.intake} tagged with channel and outcome,
 * {@code motcua.dossier.action} with action and outcome (their {@code _count} is the number of dossiers
 * received or actions taken). Tags come from closed sets only: no unit, no code, no personal data.
 * It runs outside the use case's transaction, so a commit that fails counts as a failure.
 */
@Measured
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class UseCaseMetrics {

    @Inject
    MeterRegistry registry;

    @AroundInvoke
    Object measure(InvocationContext call) throws Exception {
        Timer.Sample sample = Timer.start(registry);
        Object result = null;
        String outcome = "error";
        try {
            result = call.proceed();
            outcome = "accepted";
            return result;
        } catch (Refusal e) {
            outcome = outcomeOf(e.reason());
            throw e;
        } finally {
            Object[] arguments = call.getParameters();
            if ("intake".equals(call.getMethod().getName())) {
                sample.stop(Timer.builder("motcua.dossier.intake")
                        .description("Dossiers received at the counter, by post or online, by outcome")
                        .tag("channel", channelOf(result, arguments)).tag("outcome", outcome).register(registry));
            } else {
                sample.stop(Timer.builder("motcua.dossier.action")
                        .description("Actions on dossiers, by action and outcome")
                        .tag("action", actionOf(arguments)).tag("outcome", outcome).register(registry));
            }
        }
    }

    private static String channelOf(Object result, Object[] arguments) {
        if (result instanceof DossierDetails details) {
            return details.state().channel().name().toLowerCase(Locale.ROOT);
        }
        if (arguments.length > 0 && arguments[0] instanceof IntakeCommand command && command.channel() != null) {
            return command.channel().name().toLowerCase(Locale.ROOT);
        }
        return "unknown";
    }

    /** The action's name if it is one; anything a caller typed in the path would make a tag of its own. */
    private static String actionOf(Object[] arguments) {
        for (Object argument : arguments) {
            if (argument instanceof String name) {
                return DossierAction.ofPathName(name).map(DossierAction::pathName).orElse("unknown");
            }
        }
        return "unknown";
    }

    private static String outcomeOf(Refusal.Reason reason) {
        return switch (reason) {
            case INVALID -> "invalid";
            case NOT_ALLOWED -> "forbidden";
            case NOT_FOUND -> "not_found";
            case CONFLICT, CONCURRENT_CHANGE -> "conflict";
            case STALE -> "precondition_failed";
            case UNPROCESSABLE -> "unprocessable";
            default -> "error";
        };
    }
}
