package si.asociacija.workflow.identity.internal;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidatorException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * The engine REST API answers a request that is wrong (no such task, a variable of the wrong type, a
 * motion without its title, a message nobody waits for) with a 4xx and one WARN line, not a 500 with
 * a stack trace; anything else still goes to Camunda's own handling (500, logged at ERROR).
 */
@Configuration
class EngineRestErrors {

    private static final Logger log = LoggerFactory.getLogger(EngineRestErrors.class);
    /** Ahead of Camunda's own mappers for the same exception types. */
    private static final int PRIORITY = 100;
    private static final List<Class<? extends Throwable>> CLIENT_ERRORS = List.of(BadUserRequestException.class,
            NullValueException.class, NotValidException.class, MismatchingMessageCorrelationException.class,
            TaskAlreadyClaimedException.class, AuthorizationException.class, FormFieldValidatorException.class);

    @Bean
    ResourceConfigCustomizer engineRestClientErrors() {
        return config -> config
                .register(new ClientErrors<ProcessEngineException>() { }, PRIORITY)
                .register(new ClientErrors<RestException>() { }, PRIORITY);
    }

    abstract static class ClientErrors<E extends RuntimeException> implements ExceptionMapper<E> {

        @Override
        public Response toResponse(E exception) {
            ExceptionHandlerHelper camunda = ExceptionHandlerHelper.getInstance();
            Throwable cause = clientCause(exception);
            if (cause == null) {
                return camunda.getResponse(exception);
            }
            Response.Status status = status(exception, cause);
            log.warn("Engine REST refused a request with {}: {}", status.getStatusCode(), oneLine(cause.getMessage()));
            return Response.status(status).entity(camunda.fromException(exception)).type(MediaType.APPLICATION_JSON_TYPE).build();
        }

        private static Response.Status status(Throwable exception, Throwable cause) {
            if (exception instanceof RestException rest && rest.getStatus() != null
                    && rest.getStatus().getFamily() == Response.Status.Family.CLIENT_ERROR) {
                return rest.getStatus();
            }
            if (cause instanceof AuthorizationException) {
                return Response.Status.FORBIDDEN;
            }
            return cause instanceof NullValueException ? Response.Status.NOT_FOUND : Response.Status.BAD_REQUEST;
        }

        /** The client's mistake behind the exception, or null when it is the server's. */
        private static Throwable clientCause(Throwable exception) {
            if (exception instanceof RestException rest && rest.getStatus() != null
                    && rest.getStatus().getFamily() == Response.Status.Family.CLIENT_ERROR) {
                return rest;
            }
            for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
                Throwable candidate = t;
                if (CLIENT_ERRORS.stream().anyMatch(type -> type.isInstance(candidate))) {
                    return candidate;
                }
            }
            return null;
        }

        private static String oneLine(String message) {
            String line = message == null ? "" : message.replaceAll("\\s+", " ");
            return line.length() > 300 ? line.substring(0, 300) + "..." : line;
        }
    }
}
