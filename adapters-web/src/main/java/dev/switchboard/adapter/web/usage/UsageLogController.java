package dev.switchboard.adapter.web.usage;

import dev.switchboard.adapter.web.support.ApiTime;
import dev.switchboard.application.port.in.usage.SearchUsageLogsQuery;
import dev.switchboard.domain.usage.UsageLogFilter;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/** The usage log for admins: filtered pages, and the same filter exported as a streamed CSV file. */
@Controller("/api/admin/logs")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "admin")
class UsageLogController {

    private static final Logger LOG = LoggerFactory.getLogger(UsageLogController.class);
    static final MediaType CSV = MediaType.of("text/csv; charset=utf-8");
    private static final int ROWS_PER_CHUNK = 256;
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final SearchUsageLogsQuery logs;
    private final ApiTime time;
    private final Clock clock;
    private final Scheduler blocking;

    UsageLogController(SearchUsageLogsQuery logs, ApiTime time, Clock clock,
                       @Named(TaskExecutors.BLOCKING) ExecutorService blockingExecutor) {
        this.logs = logs;
        this.time = time;
        this.clock = clock;
        this.blocking = Schedulers.fromExecutorService(blockingExecutor);
    }

    @Get
    @Operation(summary = "Usage rows, newest first. start/end: ISO date (whole days in the app zone) or "
            + "date-time; user: part of the email; ip: address or CIDR; model; channel (id); status; page; size")
    UsageLogPageResponse search(@RequestBean UsageLogParams params) {
        return UsageLogPageResponse.fromDomain(logs.search(params.toFilter(clock.getZone()), params.toPage()), time);
    }

    @Get(value = "/export", produces = "text/csv")
    @Operation(summary = "The rows of the same filters as CSV (UTF-8 with BOM), streamed")
    HttpResponse<Publisher<byte[]>> export(@RequestBean UsageLogParams params) {
        UsageLogFilter filter = params.toFilter(clock.getZone());
        UsageCsv csv = new UsageCsv(time);
        AtomicLong rows = new AtomicLong();
        // The cursor is opened, read and closed on the blocking pool, one chunk per demand from the socket.
        // Past the 200 an error can only cut the transfer short: the server then closes the connection without
        // the final chunk, so the client sees a broken download rather than a shorter file that looks whole.
        Flux<byte[]> body = Flux.fromStream(() -> logs.export(filter))
                .buffer(ROWS_PER_CHUNK)
                .doOnNext(chunk -> rows.addAndGet(chunk.size()))
                .map(csv::rows)
                .startWith(UsageCsv.preamble())
                .doOnError(e -> LOG.error("usage log CSV export failed after {} rows, download cut off: {}",
                        rows.get(), e.toString()))
                .subscribeOn(blocking);
        String file = "usage-logs-" + LocalDateTime.now(clock).format(FILE_STAMP) + ".csv";
        return HttpResponse.<Publisher<byte[]>>ok(body)
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
