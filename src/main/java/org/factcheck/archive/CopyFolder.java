package org.factcheck.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where copies' bytes go when a desk keeps them out of the database ({@code factcheck.archive.folder}):
 * one file per SHA-256, in a sub-folder of its first two digits, written whole before it is named so a
 * crash never leaves half a copy under its hash. With no folder set, copies stay in PostgreSQL.
 */
@Component
class CopyFolder {

    private final Path folder;

    CopyFolder(@Value("${factcheck.archive.folder:}") String folder) {
        this.folder = folder.isBlank() ? null : Path.of(folder);
    }

    boolean inUse() {
        return folder != null;
    }

    void keep(String sha256, byte[] content) {
        Path file = fileOf(sha256);
        try {
            if (Files.exists(file)) {
                return;
            }
            Files.createDirectories(file.getParent());
            Path partial = Files.createTempFile(file.getParent(), sha256, ".partial");
            Files.write(partial, content);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("The archived copy could not be written to " + file, e);
        }
    }

    byte[] read(String sha256) {
        try {
            return Files.readAllBytes(fileOf(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException("The archived copy " + sha256 + " is missing from " + folder, e);
        }
    }

    private Path fileOf(String sha256) {
        return folder.resolve(sha256.substring(0, 2)).resolve(sha256);
    }
}
