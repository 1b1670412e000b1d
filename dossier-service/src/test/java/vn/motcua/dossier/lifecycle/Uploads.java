package vn.motcua.dossier.lifecycle;

import io.restassured.response.Response;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Files as tests send them: small real PDF and PNG bytes, one upload, and the uploads an online dossier needs
 * before an officer may accept it (every document declared as a file gets one).
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
        var request = given().auth().oauth2(token).contentType(contentType).body(bytes);
        if (name != null) {
            request.header("Content-Disposition", "attachment; filename*=UTF-8''"
                    + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return request.when().put("/api/v1/dossiers/" + id + "/documents/" + position + "/file").then().extract().response();
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
