package org.factcheck.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.factcheck.base.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Exports started from the UI: each runs in the background into a temporary file, on a small pool
 * of its own, so a large one neither holds up the person's browser nor takes every database
 * connection and processor from the other reviewers. When the pool and its short queue are full,
 * a new export is refused rather than queued for ever.
 */
@Service
public class ReportExports {

    private final CsvReport csv;
    private final ClaimReviewBundle claimReviews;
    private final PdfReport pdf;
    private final ExecutorService executor;

    ReportExports(CsvReport csv, ClaimReviewBundle claimReviews, PdfReport pdf,
            @Value("${factcheck.exports.concurrent:2}") int concurrent,
            @Value("${factcheck.exports.waiting:4}") int waiting) {
        this.csv = csv;
        this.claimReviews = claimReviews;
        this.pdf = pdf;
        CustomizableThreadFactory threads = new CustomizableThreadFactory("export-");
        // An export nobody will download any more must not keep the application from stopping.
        threads.setDaemon(true);
        ThreadPoolExecutor pool = new ThreadPoolExecutor(concurrent, concurrent, 1, TimeUnit.MINUTES,
                new ArrayBlockingQueue<>(waiting), threads);
        pool.allowCoreThreadTimeOut(true);
        this.executor = pool;
    }

    /**
     * Starts exporting the scope in this format; {@code byteOrderMark} applies to CSV only.
     *
     * @throws Refusal when too many exports are running already
     */
    @PreAuthorize("hasRole('EDITOR')")
    public RunningExport start(ReportScope scope, ExportFormat format, boolean byteOrderMark) {
        Path file = temporaryFile(format);
        ExportProgress progress = new ExportProgress();
        // The export runs as the person who started it, so the reports check their role again.
        Authentication exporter = SecurityContextHolder.getContext().getAuthentication();
        try {
            CompletableFuture<Void> work = CompletableFuture.runAsync(() -> {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(exporter);
                SecurityContextHolder.setContext(context);
                try {
                    write(scope, format, byteOrderMark, file, progress);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }, executor);
            RunningExport export = new RunningExport(format, file, progress, work);
            work.whenComplete((done, failure) -> {
                if (failure != null) {
                    export.discard();
                }
            });
            return export;
        } catch (RejectedExecutionException full) {
            delete(file);
            throw new Refusal("Too many exports are running at the moment; try again in a minute.");
        }
    }

    private void write(ReportScope scope, ExportFormat format, boolean byteOrderMark, Path file, ExportProgress progress) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
            switch (format) {
                case PDF -> pdf.write(scope, out, progress);
                case CSV_PER_CLAIM -> csv.write(scope, CsvLayout.CLAIM, byteOrderMark, out, progress);
                case CSV_PER_APPEARANCE -> csv.write(scope, CsvLayout.APPEARANCE, byteOrderMark, out, progress);
                case CLAIM_REVIEW -> claimReviews.write(scope, out, progress);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryFile(ExportFormat format) {
        try {
            Path file = Files.createTempFile("export-", "-" + format.fileName());
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A temporary file: the operating system's clean-up gets it later.
        }
    }
}
