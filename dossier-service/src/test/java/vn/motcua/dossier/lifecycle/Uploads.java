package vn.motcua.dossier.lifecycle;

import io.restassured.response.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Files as tests send them: small real PDF and PNG bytes, one upload, and the uploads an online dossier needs
 * before an officer may accept it (every document declared as a file gets one); results, signed or not.
 */
final class Uploads {

    private Uploads() {
    }

    /** A PDF of exactly {@code size} bytes, as Tika reads it. */
    static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) ' ');
        byte[] head = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(tail, 0, bytes, size - tail.length, tail.length);
        return bytes;
    }

    /** A one-pixel PNG. */
    static byte[] png() {
        return HexFormat.of().parseHex("89504e470d0a1a0a0000000d494844520000000100000001080600000000"
                + "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082");
    }

    /** {@code PUT .../documents/{position}/file} with the raw bytes, named (RFC 6266 {@code filename*}) unless null. */
    static Response put(String token, String id, int position, byte[] bytes, String contentType, String name) {
        return putFile(token, "/api/v1/dossiers/" + id + "/documents/" + position + "/file", bytes, contentType, name);
    }

    /** {@code PUT .../result/file}: the dossier's result, a PDF whatever its bytes, named unless null. */
    static Response putResult(String token, String id, byte[] bytes, String name) {
        return putFile(token, "/api/v1/dossiers/" + id + "/result/file", bytes, "application/pdf", name);
    }

    private static Response putFile(String token, String path, byte[] bytes, String contentType, String name) {
        var request = given().auth().oauth2(token).contentType(contentType).body(bytes);
        if (name != null) {
            request.header("Content-Disposition", "attachment; filename*=UTF-8''"
                    + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return request.when().put(path).then().extract().response();
    }

    /** A one-page PDF as PDFBox writes it, without a signature: a result that is only a copy. */
    static byte[] resultPdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage(PDRectangle.A4));
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The same PDF signed as PDFBox signs it (an incremental update with a signature field, its dictionary, a byte
     * range and contents), but with contents that are not a real CMS signature: the service reads that a signature is
     * there, not whether it is valid, and no BouncyCastle is needed to make one.
     */
    static byte[] signedResultPdf() {
        try (PDDocument document = Loader.loadPDF(resultPdf()); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setName("UBND xã Lượng Minh");
            signature.setSignDate(Calendar.getInstance());
            document.addSignature(signature, signed -> {
                signed.readAllBytes();
                return "not a CMS signature, but a signature's contents all the same".getBytes(StandardCharsets.US_ASCII);
            });
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The owner uploads a small PDF for each document their online dossier declared as a file, as acceptance needs. */
    static void declaredFiles(String owner, String id) {
        List<Map<String, Object>> documents = given().auth().oauth2(owner).when().get("/api/v1/dossiers/" + id)
                .then().statusCode(200).extract().path("documents");
        for (int position = 0; position < documents.size(); position++) {
            if ("FILE".equals(documents.get(position).get("receivedAs"))) {
                put(owner, id, position, pdf(2_000), "application/pdf", "tai-lieu-" + position + ".pdf").then().statusCode(200);
            }
        }
    }
}
