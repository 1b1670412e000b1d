package vn.motcua.platform.printing;

import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.testing.QrDecoding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** QR codes a phone reads back to exactly the procedure's page, whatever the format and size. */
class QrCodesTest {

    private static final String URL = "https://dichvucong.nghean.example/thu-tuc/1.001193";

    @ParameterizedTest
    @ValueSource(ints = {QrCodes.MIN_SIZE, 100, QrCodes.DEFAULT_SIZE, 333, QrCodes.MAX_SIZE})
    void aPngIsExactlyTheAskedSizeAndDecodesToTheUrl(int size) {
        byte[] png = QrCodes.png(URL, size);

        assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        BufferedImage image = QrDecoding.image(png);
        assertThat(image.getWidth()).isEqualTo(size);
        assertThat(image.getHeight()).isEqualTo(size);
        assertThat(QrDecoding.decodePng(png).getText()).isEqualTo(URL);
    }

    @Test
    void aPngKeepsAWhiteQuietZoneAroundTheCode() {
        BufferedImage image = QrDecoding.image(QrCodes.png(URL, 256));
        // 41 modules with the quiet zone (version 4: the UTF-8 ECI header takes a few bits) at 6 px each,
        // centred in 256 px; the 4 modules of the quiet zone are white
        int quietZone = (256 - 41 * 6) / 2 + 4 * 6;
        for (int i = 0; i < quietZone; i++) {
            assertThat(image.getRGB(i, i) & 0xFFFFFF).isEqualTo(0xFFFFFF);
            assertThat(image.getRGB(255 - i, 128) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        }
        assertThat(image.getRGB(quietZone, quietZone) & 0xFFFFFF).as("the finder pattern's corner").isZero();
    }

    @Test
    void anSvgIsOnePathOfModulesWithItsQuietZoneAndDecodesToTheUrl() {
        String svg = QrCodes.svg(URL, 300);

        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"300\" viewBox=\"0 0 41 41\"");
        assertThat(svg.split("<path", -1)).hasSize(2);
        assertThat(svg).contains("<path fill=\"#000\" d=\"M4 4h7v1h-7z");
        assertThat(QrDecoding.decodeSvg(svg).getText()).isEqualTo(URL);
    }

    @Test
    void usesErrorCorrectionLevelM() {
        Result png = QrDecoding.decodePng(QrCodes.png(URL, 256));
        Result svg = QrDecoding.decodeSvg(QrCodes.svg(URL, 256));
        assertThat(png.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL)).isEqualTo("M");
        assertThat(svg.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL)).isEqualTo("M");
    }

    @Test
    void encodesVietnameseTextAsUtf8() {
        String url = "https://dichvucong.nghean.example/thủ-tục/đăng-ký";
        assertThat(QrDecoding.decodePng(QrCodes.png(url, 512)).getText()).isEqualTo(url);
        assertThat(QrDecoding.decodeSvg(QrCodes.svg(url, 512)).getText()).isEqualTo(url);
    }

    @Test
    void aTextTooLongForAQrCodeIsRefused() {
        assertThatThrownBy(() -> QrCodes.svg("x".repeat(5000), 256)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sizesOutsideTheBoundsAreNotAllowed() {
        assertThat(QrCodes.isAllowedSize(QrCodes.MIN_SIZE - 1)).isFalse();
        assertThat(QrCodes.isAllowedSize(QrCodes.MIN_SIZE)).isTrue();
        assertThat(QrCodes.isAllowedSize(QrCodes.MAX_SIZE)).isTrue();
        assertThat(QrCodes.isAllowedSize(QrCodes.MAX_SIZE + 1)).isFalse();
    }
}
