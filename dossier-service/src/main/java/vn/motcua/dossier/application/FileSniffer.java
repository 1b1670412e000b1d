package vn.motcua.dossier.application;

import org.apache.tika.Tika;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a file is, read from its first bytes by Apache Tika's magic numbers: never from its name (which is
 * not given to Tika) nor from the Content-Type the client sent.
 */
final class FileSniffer {

    private static final Tika TIKA = new Tika();

    private FileSniffer() {
    }

    static String mediaTypeOf(Path bytes) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(bytes))) {
            return TIKA.detect(in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read a spooled upload", e);
        }
    }
}
