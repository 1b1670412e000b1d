package vn.motcua.platform.http.text;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.testing.RealInfrastructure;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Text reaches a resource in NFC however it was typed, and a body with a field its type lacks is refused. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class RequestTextTest {

    private static final String NFC = "Lượng Minh";
    private static final String NFD = Normalizer.normalize(NFC, Normalizer.Form.NFD);

    @Test
    void theTwoSpellingsDifferBeforeNormalization() {
        assertThat(NFD).isNotEqualTo(NFC);
        assertThat(Nfc.of(NFD)).isEqualTo(NFC);
        assertThat(Nfc.of("040203001234")).isSameAs("040203001234");
    }

    @Test
    void readsEveryStringOfABodyInNfcValuesListsAndMaps() {
        String body = "{\"text\": \"" + NFD + "\", \"applicant\": {\"fullName\": \"" + NFD + "\", \"aliases\": [\"" + NFD
                + "\"], \"extra\": {\"" + NFD + "\": \"" + NFD + "\"}}}";
        given().contentType(ContentType.JSON).body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/test/text/notes")
                .then().statusCode(200)
                .body("text", equalTo(NFC))
                .body("applicant.fullName", equalTo(NFC))
                .body("applicant.aliases[0]", equalTo(NFC))
                .body("applicant.extra.'" + NFC + "'", equalTo(NFC));
    }

    @Test
    void readsQueryAndPathParametersInNfcAndLeavesOthersAsTheyCame() {
        String nfd = URLEncoder.encode(NFD, StandardCharsets.UTF_8);
        given().urlEncodingEnabled(false)
                .when().get("/api/test/text/echo/" + nfd.replace("+", "%20") + "?q=" + nfd + "&other=a%2Bb%26c")
                .then().statusCode(200)
                .body("segment", equalTo(NFC))
                .body("q", equalTo(NFC))
                .body("other", equalTo("a+b&c"));
    }

    @Test
    void refusesABodyWithAnUnknownFieldNamingItsJsonPath() {
        given().contentType(ContentType.JSON).body("{\"text\": \"x\", \"applicant\": {\"fullName\": \"A\", \"fulName\": \"B\"}}")
                .when().post("/api/test/text/notes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:motcua:problem:malformed-body"))
                .body("errors[0].field", equalTo("applicant.fulName"))
                .body("errors[0].message", equalTo("is not a known field"));
    }
}
