package org.factcheck.report;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** An export started from the UI: its progress, its outcome, and once done, its file. */
public final class RunningExport {

    /** Where an export stands. */
    public enum State { RUNNING, DONE, CANCELLED, FAILED }

    private final ExportFormat format;
    private final Path file;
    private final ExportProgress progress;
    private final CompletableFuture<Void> work;

    RunningExport(ExportFormat format, Path file, ExportProgress progress, CompletableFuture<Void> work) {
        this.format = format;
        this.file = file;
        this.progress = progress;
        this.work = work;
    }

    public ExportFormat format() {
        return format;
    }

    public ExportProgress progress() {
        return progress;
    }

    public State state() {
        if (!work.isDone()) {
            return State.RUNNING;
        }
        if (!work.isCompletedExceptionally()) {
            return State.DONE;
        }
        return cause() instanceof CancellationException ? State.CANCELLED : State.FAILED;
    }

    /** Why it failed, in words for the person waiting. */
    public Optional<String> failure() {
        return state() == State.FAILED ? Optional.of(String.valueOf(cause().getMessage())) : Optional.empty();
    }

    /** The finished file; empty until the export is {@link State#DONE}. */
    public Optional<Path> file() {
        return state() == State.DONE ? Optional.of(file) : Optional.empty();
    }

    /** Stops the export at its next claim or page. */
    public void cancel() {
        progress.cancel();
    }

    /** Stops the export if it still runs, and deletes its file: nobody will download it. */
    public void discard() {
        cancel();
        work.whenComplete((done, failure) -> ReportExports.delete(file));
    }

    private Throwable cause() {
        try {
            work.join();
            return null;
        } catch (CompletionException | CancellationException e) {
            return e instanceof CompletionException ? e.getCause() : e;
        }
    }
}
