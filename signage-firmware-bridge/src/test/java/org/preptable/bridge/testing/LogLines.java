package org.preptable.bridge.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Records what one class logs, so a test can count the lines a failure costs. */
public final class LogLines implements AutoCloseable {

    private final Logger logger;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private LogLines(Class<?> source) {
        this.logger = (Logger) LoggerFactory.getLogger(source);
        appender.start();
        logger.addAppender(appender);
    }

    public static LogLines of(Class<?> source) {
        return new LogLines(source);
    }

    /** The formatted messages at {@code level} or above, in order. */
    public List<String> atLeast(Level level) {
        return List.copyOf(appender.list).stream().filter(event -> event.getLevel().isGreaterOrEqual(level))
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    public List<String> warnings() {
        return atLeast(Level.WARN);
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
    }
}
