package vn.motcua.platform.printing;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders the QR codes of the public boards, as PNG or as SVG, with ZXing's encoder only (no AWT
 * helpers from zxing-javase). Error correction M survives the smudges and glare of a printed board on a
 * wall while keeping the code small; the quiet zone is the 4 modules the QR standard asks for.
 */
public final class QrCodes {

    /** The PNG width and height when none is asked for, in pixels. */
    public static final int DEFAULT_SIZE = 256;
    /** Smaller than this, a phone camera no longer reads a procedure URL's code reliably. */
    public static final int MIN_SIZE = 64;
    /** Larger than this is no sharper in print and only costs the server memory. */
    public static final int MAX_SIZE = 1024;
    public static final String SIZE_RULE = "must be a whole number of pixels from " + MIN_SIZE + " to " + MAX_SIZE;

    private static final int QUIET_ZONE = 4;
    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.CHARACTER_SET, "UTF-8",
            EncodeHintType.MARGIN, QUIET_ZONE);

    private QrCodes() {
    }

    /** Whether a size may be asked for. */
    public static boolean isAllowedSize(int size) {
        return size >= MIN_SIZE && size <= MAX_SIZE;
    }

    /**
     * A PNG of {@code size} × {@code size} pixels, black on white, one bit per pixel. ZXing scales by a
     * whole number of pixels per module and centres the code, so no module is blurred; only a text too
     * long for the size makes the image larger, at one pixel per module.
     */
    public static byte[] png(String text, int size) {
        BitMatrix matrix = encode(text, size);
        int width = matrix.getWidth();
        int height = matrix.getHeight();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        WritableRaster raster = image.getRaster();
        // sample 1 is white in the binary palette; dark modules stay 0
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                row[x] = matrix.get(x, y) ? 0 : 1;
            }
            raster.setSamples(0, y, width, 1, 0, row);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        // an in-memory stream: ImageIO's default cache writes a temporary file for every image
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(new IIOImage(image, null, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * An SVG element that scales to any size: a white square and one path of the dark modules, in
     * module units ({@code viewBox}), with {@code size} as its width and height in pixels. Each run of
     * dark modules in a row is one rectangle, which keeps the path short. It has no XML declaration and
     * no ids, so that a page can inline many of them.
     */
    public static String svg(String text, int size) {
        BitMatrix modules = encode(text, 0);
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

    /** The code as a matrix of at least {@code size} pixels a side; 0 gives one pixel per module. */
    private static BitMatrix encode(String text, int size) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, HINTS);
        } catch (WriterException e) {
            // only a text longer than the largest QR code can hold (about 2,300 bytes at level M) gets here
            throw new IllegalArgumentException("The text is too long for a QR code", e);
        }
    }
}
