package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.switchboard.application.port.in.usage.SearchUsageLogsQuery;
import dev.switchboard.domain.usage.PageRequest;
import dev.switchboard.domain.usage.UsageLogEntry;
import dev.switchboard.domain.usage.UsageLogFilter;
import dev.switchboard.domain.usage.UsageLogPage;
import dev.switchboard.domain.usage.UsageStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A CSV export whose rows stop coming midway (the database failing under it): the 200 is already out, so the
 * transfer must end broken, never with the final chunk that would make a cut-off file look complete.
 */
@MicronautTest(transactional = false)
class UsageLogExportFailureTest {

    private static final int ROWS_BEFORE_FAILURE = 1000;
    private static final AtomicBoolean CURSOR_CLOSED = new AtomicBoolean();

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    /** The usage log of this test: it yields {@value #ROWS_BEFORE_FAILURE} rows, then fails. */
    @MockBean(SearchUsageLogsQuery.class)
    SearchUsageLogsQuery failingMidway() {
        return new SearchUsageLogsQuery() {
            @Override
            public UsageLogPage search(UsageLogFilter filter, PageRequest page) {
                throw new UnsupportedOperationException("only the export is used here");
            }

            @Override
            public Stream<UsageLogEntry> export(UsageLogFilter filter) {
                return Stream.iterate(1L, i -> i + 1).map(i -> {
                    if (i > ROWS_BEFORE_FAILURE) {
                        throw new IllegalStateException("reading the usage log failed: disk I/O error");
                    }
                    return new UsageLogEntry(i, Instant.parse("2026-06-01T08:00:00Z"), "10.0.0.1", null, null, "m",
                            null, null, 1, 2, UsageStatus.OK, 3);
                }).onClose(() -> CURSOR_CLOSED.set(true));
            }
        };
    }

    @Test
    void aFailureMidwayBreaksTheDownloadClosesTheCursorAndIsLogged() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger("dev.switchboard.adapter.web.usage.UsageLogController");
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        try {
            String admin = new Api(server.getURI(), json).adminToken();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpResponse<InputStream> response = http.send(
                    HttpRequest.newBuilder(server.getURI().resolve("/api/admin/logs/export"))
                            .header("Authorization", "Bearer " + admin).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, response.statusCode());
            assertEquals("chunked", response.headers().firstValue("Transfer-Encoding").orElse(null));

            ByteArrayOutputStream received = new ByteArrayOutputStream();
            assertThrows(IOException.class, () -> response.body().transferTo(received),
                    "the body ends in a broken connection, not in a clean end of file");
            String csv = received.toString(StandardCharsets.UTF_8);
            assertTrue(csv.startsWith("\uFEFFid,created_at,"), "the rows before the failure did go out");
            assertTrue(csv.contains("\r\n1,2026-06-01T"), "the rows before the failure did go out");

            waitFor(CURSOR_CLOSED::get);
            waitFor(() -> !logged.list.isEmpty());
            ILoggingEvent event = logged.list.get(0);
            assertEquals(Level.ERROR, event.getLevel());
            String message = event.getFormattedMessage();
            assertTrue(message.matches("usage log CSV export failed after \\d+ rows, download cut off: .*"), message);
            assertTrue(message.contains("disk I/O error"), "the cause is named");
            assertFalse(message.contains(admin), "no credentials in the log");
            assertEquals(List.of(), logged.list.subList(1, logged.list.size()), "logged once");
        } finally {
            logger.detachAppender(logged);
        }
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(condition.getAsBoolean(), "in time");
    }
}
