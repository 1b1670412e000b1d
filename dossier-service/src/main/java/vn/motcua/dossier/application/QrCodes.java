package vn.motcua.dossier.application;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.util.Map;

/**
 * Draws the QR code printed on a receipt as SVG, with ZXing's encoder only. dossier-service keeps its
 * own copy of procedure-service's renderer (services share only platform modules). Error correction M
 * survives a creased or smudged paper receipt; the quiet zone is the 4 modules the QR standard asks for.
 */
public final class QrCodes {

    private static final int QUIET_ZONE = 4;
    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.CHARACTER_SET, "UTF-8",
            EncodeHintType.MARGIN, QUIET_ZONE);

    private QrCodes() {
    }

    /**
     * An SVG element that scales to any size: a white square and one path of the dark modules, in module
     * units ({@code viewBox}), {@code size} pixels wide and high. It has no XML declaration and no ids, so
     * a page can inline it.
     */
    public static String svg(String text, int size) {
        BitMatrix modules = encode(text);
        int n = modules.getWidth();
        StringBuilder path = new StringBuilder(n * n);
        for (int y = 0; y < n; y++) {
            int x = 0;
            while (x < n) {
                if (!modules.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < n && modules.get(x, y)) {
                    x++;
                }
                // one rectangle per run of dark modules keeps the path short
                int run = x - start;
                path.append('M').append(start).append(' ').append(y)
                        .append('h').append(run).append("v1h-").append(run).append('z');
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + size + "\" height=\"" + size
                + "\" viewBox=\"0 0 " + n + " " + n + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"" + n + "\" height=\"" + n + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    private static BitMatrix encode(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
        } catch (WriterException e) {
            // only a text longer than the largest QR code can hold (about 2,300 bytes at level M) gets here
            throw new IllegalArgumentException("The text is too long for a QR code", e);
        }
    }
}
