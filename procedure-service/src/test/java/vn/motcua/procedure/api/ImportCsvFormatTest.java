package vn.motcua.procedure.api;

import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.rules.Refusal;
import vn.motcua.platform.rules.Violation;
import vn.motcua.platform.http.problem.ProblemException;
import vn.motcua.platform.http.problem.ProblemType;
import vn.motcua.procedure.application.ImportLimits;
import vn.motcua.procedure.application.ImportRow;
import vn.motcua.procedure.domain.DocumentForm;
import vn.motcua.procedure.domain.FeeChannel;
import vn.motcua.procedure.domain.Level;
import vn.motcua.procedure.domain.ProcedureContent;
import vn.motcua.procedure.domain.ProcessingTimeUnit;
import vn.motcua.procedure.domain.RequiredDocument;
import vn.motcua.procedure.domain.UnitContent;
import vn.motcua.procedure.domain.UnitKind;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The CSV an admin exports from a spreadsheet reads as the documentation says, or is refused naming what is wrong. */
class ImportCsvFormatTest {

    private static final MediaType CSV = MediaType.valueOf("text/csv");
    private static final String HEADER = String.join(",", ProcedureImportCsv.COLUMNS);

    @Test
    void listCellsSplitOnSemicolonsAndItemsOnBarsWithBackslashEscapes() {
        assertThat(ImportCells.texts("Luật Hộ tịch 2014; Nghị định 123/2015/NĐ-CP ;")).containsExactly("Luật Hộ tịch 2014",
                "Nghị định 123/2015/NĐ-CP");
        assertThat(ImportCells.texts("Bước 1\\; nộp hồ sơ;;Bước 2")).containsExactly("Bước 1; nộp hồ sơ", "Bước 2");
        assertThat(ImportCells.items("Tờ khai|ORIGINAL|1|Mẫu 01\\|TP;Giấy chứng sinh|COPY|2", true))
                .containsExactly(List.of("Tờ khai", "ORIGINAL", "1", "Mẫu 01|TP"), List.of("Giấy chứng sinh", "COPY", "2"));
        assertThat(ImportCells.texts("a\\\\;b")).containsExactly("a\\", "b");
        assertThat(ImportCells.texts("C:\\mau\\to-khai.docx")).containsExactly("C:\\mau\\to-khai.docx");
        assertThat(ImportCells.texts("a|b")).containsExactly("a|b");
        assertThat(ImportCells.texts(null)).isEmpty();
    }

    @Test
    void aRowWithQuotedCommasLineBreaksAndDiacriticsReadsIntoTheSameContentAsJson() {
        String csv = "\uFEFF" + HEADER + "\r\n"
                + "1.980101,\"Hỗ trợ mai táng phí, trợ cấp\",bao-tro-xa-hoi,PROVINCE;COMMUNE,WORKING_DAYS,5,,"
                + "\"COUNTER|20000;ONLINE|10000|Giảm 50%, nộp trực tuyến\","
                + "\"Tờ khai|ORIGINAL|1|Mẫu tờ khai;Giấy chứng tử|ORIGINAL_OR_COPY|2\","
                + "\"Nộp hồ sơ, nhận phiếu hẹn\nBước 2\\; trả kết quả;Bước 3\",\"Quyết định \"\"hỗ trợ\"\"\",,"
                + "Nghị định 20/2021/NĐ-CP,Ủy ban nhân dân xã,partial,2025-07-01,Quyết định 1234/QĐ-UBND\r\n"
                + ",,,,,,,,,,,,,,,,\r\n"
                + "\r\n"
                + "1.001193,Đăng ký khai sinh,tu-phap-ho-tich,COMMUNE,SAME_DAY,,16:30,,,,,,,,FULL,,\r\n";

        List<ImportRow<ProcedureContent>> rows = ProcedureImportCsv.read(csv.getBytes(StandardCharsets.UTF_8), CSV);

        assertThat(rows).hasSize(2);
        ImportRow<ProcedureContent> first = rows.get(0);
        assertThat(first.row()).isEqualTo(1);
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.code()).isEqualTo("1.980101");
        assertThat(first.readErrors()).isEmpty();
        ProcedureContent content = first.content();
        assertThat(content.name()).isEqualTo("Hỗ trợ mai táng phí, trợ cấp");
        assertThat(content.levels()).containsExactly(Level.PROVINCE, Level.COMMUNE);
        assertThat(content.processingTime().unit()).isEqualTo(ProcessingTimeUnit.WORKING_DAYS);
        assertThat(content.processingTime().amount()).isEqualTo(5);
        assertThat(content.fees()).extracting(fee -> fee.channel()).containsExactly(FeeChannel.COUNTER, FeeChannel.ONLINE);
        assertThat(content.fees().get(0).amount()).isEqualByComparingTo(new BigDecimal("20000"));
        assertThat(content.fees().get(1).description()).isEqualTo("Giảm 50%, nộp trực tuyến");
        assertThat(content.documents()).containsExactly(new RequiredDocument("Tờ khai", "Mẫu tờ khai", 1, DocumentForm.ORIGINAL),
                new RequiredDocument("Giấy chứng tử", null, 2, DocumentForm.ORIGINAL_OR_COPY));
        assertThat(content.steps()).containsExactly("Nộp hồ sơ, nhận phiếu hẹn\nBước 2; trả kết quả", "Bước 3");
        assertThat(content.result()).isEqualTo("Quyết định \"hỗ trợ\"");
        assertThat(content.conditions()).isEmpty();
        assertThat(content.legalBasis()).containsExactly("Nghị định 20/2021/NĐ-CP");
        assertThat(content.effectiveDate()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(content.violations()).isEmpty();

        // the quoted line break makes row 1 span lines 2 and 3; the blank rows are skipped and not counted
        ImportRow<ProcedureContent> second = rows.get(1);
        assertThat(second.row()).isEqualTo(2);
        assertThat(second.line()).isEqualTo(6);
        assertThat(second.content().processingTime().cutoffTime()).isEqualTo(LocalTime.of(16, 30));
        assertThat(second.content().fees()).isEmpty();
    }

    @Test
    void theFreeColumnMarksAProcedureFreeAndAnEmptyOrMissingCellLeavesItsFeesNotEntered() {
        String csv = HEADER + "\n"
                + "1.980103,Miễn phí,bao-tro-xa-hoi,COMMUNE,WORKING_DAYS,5,,,,,,,,,PARTIAL,,,TRUE\n"
                + "1.980104,Chưa nhập phí,bao-tro-xa-hoi,COMMUNE,WORKING_DAYS,5,,,,,,,,,PARTIAL,,,\n"
                + "1.980105,Có phí mà miễn,bao-tro-xa-hoi,COMMUNE,WORKING_DAYS,5,,ANY|20000,,,,,,,PARTIAL,,,true\n"
                + "1.980106,Miễn phí?,bao-tro-xa-hoi,COMMUNE,WORKING_DAYS,5,,,,,,,,,PARTIAL,,,có\n";

        List<ImportRow<ProcedureContent>> rows = ProcedureImportCsv.read(csv.getBytes(StandardCharsets.UTF_8), CSV);

        assertThat(rows.get(0).content().free()).isTrue();
        assertThat(rows.get(0).content().violations()).isEmpty();
        assertThat(rows.get(1).content().free()).isFalse();
        assertThat(rows.get(1).content().fees()).isEmpty();
        assertThat(rows.get(2).content().violations()).extracting(Violation::field).containsExactly("free");
        assertThat(rows.get(3).readErrors()).containsExactly(new Violation("free", "must be true or false (empty: false)"));
        // a file written before the column existed still reads: fees empty and not free, as before
        String old = HEADER.replace(",free", "") + "\n1.980107,Cũ,bao-tro-xa-hoi,COMMUNE,WORKING_DAYS,5,,,,,,,,,PARTIAL,,\n";
        ImportRow<ProcedureContent> before = ProcedureImportCsv.read(old.getBytes(StandardCharsets.UTF_8), CSV).get(0);
        assertThat(before.readErrors()).isEmpty();
        assertThat(before.content().free()).isFalse();
    }

    @Test
    void cellsThatCannotBeReadNameTheirColumnAndItem() {
        String csv = HEADER + "\n1.980102,Tên,bao-tro-xa-hoi,COMMUNE;DISTRICT,WORKING_DAYS,năm,3pm,"
                + "COUNTER|20.000;ONLINE,Tờ khai|ORIGINAL|một,,,,,,SOMETIMES,01/07/2025,\n";

        List<Violation> errors = ProcedureImportCsv.read(csv.getBytes(StandardCharsets.UTF_8), CSV).get(0).readErrors();

        assertThat(errors).extracting(Violation::field).containsExactly("levels[1]", "processingTime.amount",
                "processingTime.cutoffTime", "fees[0].amount", "fees[1]", "documents[0].copies", "onlineServiceLevel",
                "effectiveDate");
        assertThat(errors.get(0).message()).isEqualTo("must be one of PROVINCE, COMMUNE");
        assertThat(errors.get(3).message()).contains("without separators");
    }

    @Test
    void aRowWithMoreValuesThanTheHeaderIsInvalidAsAWhole() {
        String csv = "code,name,kind,agencyCode\n16906,Xã Lượng Minh,COMMUNE,000.16.906.H40,extra\n";

        ImportRow<UnitContent> row = UnitImportCsv.read(csv.getBytes(StandardCharsets.UTF_8), CSV).get(0);

        assertThat(row.readErrors()).extracting(Violation::field).containsExactly("");
        assertThat(row.readErrors().get(0).message()).startsWith("has 5 values but the header names 4 columns");
        assertThat(row.content()).isEqualTo(new UnitContent("Xã Lượng Minh", UnitKind.COMMUNE, "000.16.906.H40"));
    }

    @Test
    void theHeaderMayComeInAnyOrderAndCaseButNamesOnlyKnownColumnsAndEveryRequiredOne() {
        String reordered = "AgencyCode, KIND ,name,code\n000.16.906.H40,commune,Xã Lượng Minh,16906\n";
        assertThat(UnitImportCsv.read(reordered.getBytes(StandardCharsets.UTF_8), CSV).get(0).content().kind())
                .isEqualTo(UnitKind.COMMUNE);

        ProblemException unknown = refused("code,name,kind,agency,district\n16906,a,COMMUNE,x,y\n");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errors()).extracting(Violation::field).containsOnly("header");
        assertThat(unknown.errors()).extracting(Violation::message).containsExactly(
                "names the unknown column \"agency\"; the columns are code, name, kind, agencyCode",
                "names the unknown column \"district\"; the columns are code, name, kind, agencyCode",
                "lacks the required column agencyCode");

        assertThat(refused("code,name,kind,agencyCode,code\n").errors()).extracting(Violation::message)
                .containsExactly("names the column code twice");
        assertThat(refused("code;name;kind;agencyCode\n16906;a;COMMUNE;x\n").errors().get(0).message())
                .contains("separated by semicolons");
    }

    @Test
    void anUnclosedQuoteIsRefusedNamingTheLineWhereItsRowStarts() {
        ProblemException malformed = refused("code,name,kind,agencyCode\n16906,Xã Lượng Minh,COMMUNE,000.16.906.H40\n\n"
                + "16876,\"Xã Tương Dương,COMMUNE,000.16.876.H40\n16903,Xã Nga My,COMMUNE,000.16.903.H40\n");
        assertThat(malformed.type()).isEqualTo(ProblemType.MALFORMED_BODY);
        assertThat(malformed.getMessage()).startsWith("The CSV is not well-formed at line 4:");
        assertThat(malformed.errors()).containsExactly(new Violation("body", "is not well-formed CSV at line 4"));

        ProblemException afterQuote = refused("code,name,kind,agencyCode\n16906,\"Xã\" Lượng Minh,COMMUNE,000.16.906.H40\n");
        assertThat(afterQuote.getMessage()).startsWith("The CSV is not well-formed at line 2:");
    }

    @Test
    void anEmptyFileAHeaderWithoutRowsAndTextThatIsNotUtf8AreRefused() {
        assertThat(refused("").errors()).containsExactly(new Violation("body",
                "is empty; send a header row naming the columns, then one row per line"));
        assertThat(refused("\n\n").errors().get(0).field()).isEqualTo("body");
        assertThat(refused("code,name,kind,agencyCode\r\n").errors())
                .containsExactly(new Violation("body", "has a header row but no data rows"));

        byte[] latin1 = "code,name,kind,agencyCode\n16906,Xã Lượng Minh,COMMUNE,000.16.906.H40\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        ProblemException notUtf8 = catchThrowableOfType(() -> UnitImportCsv.read(latin1, CSV), ProblemException.class);
        assertThat(notUtf8.type()).isEqualTo(ProblemType.MALFORMED_BODY);
        assertThat(notUtf8.getMessage()).contains("not UTF-8");

        ProblemException declared = catchThrowableOfType(() -> UnitImportCsv.read(latin1,
                new MediaType("text", "csv", Map.of("charset", "ISO-8859-1"))), ProblemException.class);
        assertThat(declared.status()).isEqualTo(415);
    }

    @Test
    void aFileOfMoreThanTheLimitIsRefusedWith413() {
        StringBuilder csv = new StringBuilder("code,name,kind,agencyCode\n");
        for (int i = 0; i <= ImportLimits.MAX_ROWS; i++) {
            csv.append(String.format("%05d,Xã %d,COMMUNE,000.%05d.H40%n", i, i, i));
        }
        Refusal tooMany = catchThrowableOfType(() -> UnitImportCsv.read(csv.toString().getBytes(StandardCharsets.UTF_8), CSV),
                Refusal.class);
        assertThat(tooMany.reason()).isEqualTo(Refusal.Reason.TOO_LARGE);
        assertThat(ProblemException.of(tooMany).status()).isEqualTo(413);
        assertThat(tooMany.violations()).containsExactly(new Violation("rows", "must be at most 5000 per import"));
    }

    @Test
    void theDocumentedExamplesReadWithoutAnError() throws IOException {
        List<String> procedureExamples = new ArrayList<>(List.of(ProcedureImportResource.CSV_EXAMPLE));
        List<String> unitExamples = new ArrayList<>(List.of(UnitImportResource.CSV_EXAMPLE));
        String guide = Files.readString(Path.of("../docs/catalogue-import.md"));
        Matcher blocks = Pattern.compile("```csv\n(.*?)```", Pattern.DOTALL)
                .matcher(guide);
        while (blocks.find()) {
            (blocks.group(1).startsWith("code,name,kind,") ? unitExamples : procedureExamples).add(blocks.group(1));
        }
        assertThat(procedureExamples).hasSize(2);
        assertThat(unitExamples).hasSize(2);
        for (String example : procedureExamples) {
            for (ImportRow<ProcedureContent> row : ProcedureImportCsv.read(example.getBytes(StandardCharsets.UTF_8), CSV)) {
                assertThat(row.readErrors()).isEmpty();
                assertThat(row.content().violations()).isEmpty();
            }
        }
        for (String example : unitExamples) {
            for (ImportRow<UnitContent> row : UnitImportCsv.read(example.getBytes(StandardCharsets.UTF_8), CSV)) {
                assertThat(row.readErrors()).isEmpty();
                assertThat(row.content().violations(row.code())).isEmpty();
            }
        }
    }

    private static ProblemException refused(String csv) {
        return catchThrowableOfType(() -> UnitImportCsv.read(csv.getBytes(StandardCharsets.UTF_8), CSV), ProblemException.class);
    }
}
