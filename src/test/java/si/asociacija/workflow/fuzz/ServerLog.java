package si.asociacija.workflow.fuzz;

import static si.asociacija.workflow.fuzz.Text.show;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;

/** The server's log while attached: which exception was behind a 5xx. */
final class ServerLog extends AppenderBase<ILoggingEvent> {

    private final List<ILoggingEvent> events = Collections.synchronizedList(new ArrayList<>());

    void attach() {
        Logger root = root();
        setContext(root.getLoggerContext());
        start();
        root.addAppender(this);
    }

    void detach() {
        root().detachAppender(this);
        stop();
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (event.getLevel().isGreaterOrEqual(Level.WARN)) {
            events.add(event);
        }
    }

    void clear() {
        events.clear();
    }

    /** The chain of the last exception logged (or the last warning, if none came with an exception). */
    String lastException() {
        synchronized (events) {
            for (int i = events.size() - 1; i >= 0; i--) {
                IThrowableProxy t = events.get(i).getThrowableProxy();
                if (t != null) {
                    StringBuilder chain = new StringBuilder();
                    for (IThrowableProxy c = t; c != null; c = c.getCause()) {
                        chain.append(chain.length() == 0 ? "" : " <- ").append(c.getClassName())
                                .append(c.getMessage() == null ? "" : ": " + show(c.getMessage(), 120));
                    }
                    return chain.toString();
                }
            }
            return events.isEmpty() ? null : "logged: " + show(events.get(events.size() - 1).getFormattedMessage(), 200);
        }
    }
}
