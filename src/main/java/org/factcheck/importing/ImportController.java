package org.factcheck.importing;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.factcheck.base.DeskProblems;
import org.factcheck.base.Refusal;
import org.factcheck.entity.SpellingInText;
import org.factcheck.source.DatePrecision;
import org.factcheck.source.SourceOrigin;
import org.factcheck.source.SourceService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports over HTTP, for a newsroom CMS or a scraper pushing articles: a file as multipart (the
 * part {@code file}, the details as form fields) or a text as JSON ({@code text} and the details),
 * answered 201 with the new source and its candidate claims; the same answer later by GET. The
 * refusals are the import form's, as problems: 409 for a text already imported (naming the source)
 * or nearly so (naming the original and how alike, unless {@code force=true}), 413 oversize, 415 a
 * binary file, 422 a file not in UTF-8 or a detail that is wrong, each saying what to do.
 * The publication date is "2021", "2021-07" or "2021-07-26": as precise as it is known.
 */
@RestController
@RequestMapping("/desk/v1/imports")
class ImportController {

    private final ImportService imports;
    private final SourceService sources;
    private final JsonMapper json;

    ImportController(ImportService imports, SourceService sources, JsonMapper json) {
        this.imports = imports;
        this.sources = sources;
        this.json = json;
    }

    /** The details of an import, as JSON fields or form fields. */
    record Details(String text, String title, String outlet, String author, String published, String language, String url) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ImportAnswer> importText(HttpServletRequest request, @RequestParam(defaultValue = "false") boolean force)
            throws IOException {
        // Read with a bound while it streams: the JSON may quote the text with escapes, so allow for them.
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, 6 * imports.maxBytes() + 1));
        if (body.length > 6 * imports.maxBytes()) {
            throw new ImportRefused(ImportRefused.Kind.TOO_LARGE, "text", "The request is larger than an import of "
                    + imports.maxBytes() / 1024 + " KB can be: import the document in parts.");
        }
        Details details;
        try {
            details = json.readValue(body, Details.class);
        } catch (JacksonException e) {
            throw new ImportRefused("text", "The body is not the JSON of an import: send {\"text\": …, \"title\": …, "
                    + "\"outlet\": …, \"published\": \"2021-07-26\", \"language\": \"en\"}.");
        }
        Dated published = dated(details.published());
        return created(imports.importDocument(new ImportRequest(null, null, details.text(), details.title(), details.outlet(),
                details.author(), published.date(), published.precision(), details.language(), details.url()), force));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportAnswer> importFile(MultipartHttpServletRequest request,
            @RequestParam(defaultValue = "false") boolean force) throws IOException {
        var file = request.getFile("file");
        if (file == null) {
            throw new ImportRefused("file", "Send the document as the multipart part “file”, or its text as JSON.");
        }
        Dated published = dated(request.getParameter("published"));
        byte[] bytes = imports.receiveUpload(file.getInputStream(), file.getOriginalFilename());
        return created(imports.importDocument(new ImportRequest(bytes, file.getOriginalFilename(), null,
                request.getParameter("title"), request.getParameter("outlet"), request.getParameter("author"),
                published.date(), published.precision(), request.getParameter("language"), request.getParameter("url")),
                force));
    }

    @GetMapping("/{id}")
    ResponseEntity<?> imported(@PathVariable("id") long sourceId) {
        return sources.find(sourceId)
                .filter(source -> source.getOrigin() == SourceOrigin.IMPORT)
                .<ResponseEntity<?>>map(source -> ResponseEntity.ok(answer(source.getId(), source.getTitle())))
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "No imported source has the id " + sourceId + ".", Map.of()));
    }

    private ResponseEntity<ImportAnswer> created(ImportedSource imported) {
        return ResponseEntity.created(URI.create("/desk/v1/imports/" + imported.sourceId()))
                .body(answer(imported.sourceId(), imported.title()));
    }

    /** A source's import as an HTTP client sees it. */
    record ImportAnswer(long sourceId, String title, NearDuplicate nearDuplicateOf, List<CandidateAnswer> candidates) {
    }

    record CandidateAnswer(long id, String text, int start, int end, double score, List<String> reasons, String status,
            List<KnownEntity> knownEntities, List<UnknownName> unknownNames, List<CheckedBefore> checkedBefore) {
    }

    record KnownEntity(long id, String name, String spelling, int start, int end) {
    }

    private ImportAnswer answer(long sourceId, String title) {
        List<SpellingInText> spellings = imports.spellingsIn(sourceId);
        List<CandidateAnswer> candidates = imports.candidatesByScore(sourceId).stream()
                .map(candidate -> new CandidateAnswer(candidate.getId(), candidate.getSentence(), candidate.getStartOffset(),
                        candidate.getEndOffset(), candidate.getScore(), candidate.getReasons(), candidate.getStatus().name(),
                        spellings.stream()
                                .filter(s -> s.start() >= candidate.getStartOffset() && s.end() <= candidate.getEndOffset())
                                .map(s -> new KnownEntity(s.entityId(), s.entityName(), s.spelling(), s.start(), s.end()))
                                .toList(),
                        candidate.getUnknownNames(), imports.checkedBefore(candidate)))
                .toList();
        return new ImportAnswer(sourceId, title, imports.nearDuplicateOriginal(sourceId).orElse(null), candidates);
    }

    private record Dated(LocalDate date, DatePrecision precision) {
    }

    /** "2021-07-26", "2021-07" or "2021" (or nothing): the date and how precisely it is known. */
    private static Dated dated(String published) {
        if (published == null || published.isBlank()) {
            return new Dated(null, DatePrecision.UNKNOWN);
        }
        String value = published.strip();
        try {
            return switch (value.length()) {
                case 4 -> new Dated(LocalDate.of(Integer.parseInt(value), 1, 1), DatePrecision.YEAR);
                case 7 -> new Dated(YearMonth.parse(value).atDay(1), DatePrecision.MONTH);
                default -> new Dated(LocalDate.parse(value), DatePrecision.DAY);
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new ImportRefused("published", "“" + value + "” is not a date: give it as 2021-07-26, or 2021-07 or "
                    + "2021 when only the month or year is known.");
        }
    }

    @ExceptionHandler(ImportRefused.class)
    ResponseEntity<ProblemDetail> refused(ImportRefused refused) {
        HttpStatus status = switch (refused.kind()) {
            case DUPLICATE -> HttpStatus.CONFLICT;
            case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
            case NOT_TEXT -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case NOT_UTF8, INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        Map<String, Object> properties = new java.util.LinkedHashMap<>();
        properties.put("errors", refused.problems());
        if (refused.existingSourceId() != null) {
            properties.put("existingSourceId", refused.existingSourceId());
        }
        properties.putAll(refused.facts());
        return problem(status, refused.getMessage(), properties);
    }

    @ExceptionHandler(NearDuplicateFound.class)
    ResponseEntity<ProblemDetail> nearDuplicate(NearDuplicateFound found) {
        return problem(HttpStatus.CONFLICT, found.getMessage() + " Send it again with force=true to import it all the same.",
                Map.of("original", found.nearDuplicate()));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> oversized(MaxUploadSizeExceededException oversized) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "The upload is larger than the " + imports.maxBytes() / 1024
                + " KB an import may have: import the document in parts.", Map.of());
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> notMultipart(MultipartException broken) {
        return problem(HttpStatus.BAD_REQUEST, "The multipart body could not be read: send the part “file” and the "
                + "details as form fields.", Map.of());
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> wrong(Refusal wrong) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, wrong.getMessage(), Map.of());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, Map<String, Object> properties) {
        return DeskProblems.problem(status, null, detail, properties);
    }
}
