package vn.motcua.platform.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class PinKeyTest {

    @Test
    void theKeyIsGeneratedOnceReadableOnlyByItsOwnerAndKeptAcrossStarts(@TempDir Path home) throws Exception {
        Path keys = home.resolve("keys");
        String first = PinKey.loadOrCreate(keys);
        assertThat(Base64.getDecoder().decode(first)).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve(PinKey.FILE)))).isEqualTo("rw-------");
        assertThat(PinKey.loadOrCreate(keys)).isEqualTo(first);
        assertThat(PinKey.loadOrCreate(home.resolve("another-home"))).isNotEqualTo(first);
    }
}
