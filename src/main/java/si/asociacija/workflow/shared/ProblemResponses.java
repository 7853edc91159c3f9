package si.asociacija.workflow.shared;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import jakarta.servlet.http.HttpServletResponse;

/** Errors of the product's own API as application/problem+json, never with a stack trace. */
@RestControllerAdvice(basePackages = "si.asociacija.workflow")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    private static final ObjectMapper FILTER_JSON = new ObjectMapper();
    private static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate field '([^']{1,100})'");

    /** Writes a problem+json answer from a servlet filter (before any controller). */
    public static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        write(response, problem);
    }

    /** Writes the 400 of an invalid field from a servlet filter, as the controllers answer it. */
    public static void writeInvalid(HttpServletResponse response, String field, String message) throws IOException {
        write(response, problem(InvalidInputException.of(field, message)));
    }

    private static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        if (problem.getDetail() != null) {
            body.put("detail", problem.getDetail());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        FILTER_JSON.writeValue(response.getWriter(), body);
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        log.warn("Refused input: {}", e.fieldErrors());
        return problem(e);
    }

    private static ProblemDetail problem(InvalidInputException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Invalid fields: " + String.join(", ", e.fields()));
        problem.setType(URI.create("urn:asociacija:problem:invalid-input"));
        problem.setTitle("Invalid input");
        problem.setProperty("errors", e.fields().stream()
                .map(field -> Map.of("field", field, "message", e.fieldErrors().get(field)))
                .toList());
        return problem;
    }

    @ExceptionHandler(InvalidRowsException.class)
    ProblemDetail invalidRows(InvalidRowsException e) {
        log.warn("Refused file: {} invalid row(s)", e.errors().size());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Invalid lines: " + e.errors().stream().map(error -> String.valueOf(error.line())).distinct()
                        .collect(Collectors.joining(", ")) + ". Nothing was stored.");
        problem.setType(URI.create("urn:asociacija:problem:invalid-rows"));
        problem.setTitle("Invalid rows");
        problem.setProperty("errors", e.errors());
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = field(mapping);
            if (field != null) {
                boolean badText = mapping instanceof InvalidFormatException format && format.getTargetType() == String.class;
                return invalid(InvalidInputException.of(field, badText ? format(mapping) : "has the wrong type"));
            }
        }
        if (e.getCause() instanceof JsonParseException parse) {
            Matcher duplicate = DUPLICATE_FIELD.matcher(parse.getOriginalMessage());
            if (duplicate.find()) {
                return invalid(InvalidInputException.of(duplicate.group(1), "appears more than once"));
            }
        }
        log.warn("Refused request body: not valid JSON of the expected shape");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The body is not valid JSON of the expected shape.");
        problem.setTitle("Unreadable request");
        problem.setProperty("errors", List.of());
        return problem;
    }

    /** Where in the body the bad value is, as Bean Validation names fields: {@code items[0].title}, {@code candidates[1]}. */
    private static String field(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0 && !path.isEmpty()) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    private static String format(JsonMappingException mapping) {
        return mapping.getOriginalMessage();
    }

    /** A path or query parameter of the wrong type ({@code /api/mail/outbox/abc/retry}, {@code ?limit=x}). */
    @ExceptionHandler(TypeMismatchException.class)
    ProblemDetail wrongType(TypeMismatchException e) {
        String name = e instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : e.getPropertyName();
        return invalid(InvalidInputException.of(name == null ? "parameter" : name, "has the wrong type"));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e) {
        return invalid(InvalidInputException.of(e.getParameterName(), "is required"));
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict");
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(RequestTooLargeException.class)
    ProblemDetail tooLarge(RequestTooLargeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage());
    }

    /** The database was too busy to answer in time: nothing was stored, the client may try again shortly. */
    @ExceptionHandler(TransientDataAccessException.class)
    ResponseEntity<ProblemDetail> busy(TransientDataAccessException e) {
        log.warn("Request not done, the database was busy: {}", e.getMostSpecificCause().toString());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "We are busy; nothing was changed. Please try again in a few seconds.");
        problem.setTitle("Busy");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5").body(problem);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) throws Exception {
        if (e instanceof ErrorResponse || e instanceof AccessDeniedException
                || e instanceof AuthenticationException) {
            throw e; // Spring's own answers (404, 405, 415, 401, 403 ...)
        }
        log.error("Request failed", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; nothing was changed. Please try again later.");
        problem.setTitle("Internal error");
        return problem;
    }
}
