package vn.motcua.bench;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Valid and varied intake bodies for {@code POST /api/v1/dossiers}: many units and procedures of the
 * catalogue, applicants with different names, 12-digit citizen IDs and phone numbers, and one to five
 * documents received on paper or as files, so that no cache or index sees the same request twice.
 * The applicants are made up; nothing here is anybody's real data.
 */
public final class IntakeRequests {

    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Lô", "Vi", "Lương");
    private static final List<String> MIDDLE = List.of("Văn", "Thị", "Đức", "Minh", "Thu", "Ngọc", "Quốc", "Thanh", "Hữu");
    private static final List<String> GIVEN = List.of("An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hùng", "Lan",
            "Linh", "Mai", "Nam", "Nga", "Phong", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vy", "Xuân", "Yến");
    private static final List<String> VILLAGES = List.of("Bản Xốp Mạt", "Xóm 3", "Khối Tân Hợp", "Bản Huồi Thợ",
            "Thôn Đông Sơn", "Xóm Yên Lạc", "Khối 12");
    private static final List<String> DOCUMENTS = List.of("Tờ khai", "Giấy chứng sinh", "Căn cước công dân (bản sao)",
            "Giấy xác nhận cư trú", "Đơn đề nghị", "Sổ hộ khẩu (bản sao)", "Biên bản xác minh");

    private final List<IntakeTarget> targets;
    private final SplittableRandom random;

    public IntakeRequests(List<IntakeTarget> targets, long seed) {
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("no unit and procedure to receive dossiers for: is the catalogue loaded?");
        }
        this.targets = List.copyOf(targets);
        this.random = new SplittableRandom(seed);
    }

    /** The next request: its target (whose officer must send it) and its JSON body. */
    public synchronized Intake next() {
        IntakeTarget target = targets.get(random.nextInt(targets.size()));
        String name = pick(FAMILY) + " " + pick(MIDDLE) + " " + pick(GIVEN);
        String citizenId = String.format(Locale.ROOT, "%03d%09d", 1 + random.nextInt(96), random.nextInt(1_000_000_000));
        String phone = "09" + String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000));
        String address = pick(VILLAGES) + ", đơn vị " + target.unitCode();
        StringBuilder body = new StringBuilder(512);
        body.append("{\"procedureCode\":\"").append(target.procedureCode())
                .append("\",\"receivingUnitCode\":\"").append(target.unitCode())
                .append("\",\"channel\":\"").append(random.nextInt(20) == 0 ? "POST" : "COUNTER")
                .append("\",\"applicant\":{\"fullName\":\"").append(name)
                .append("\",\"citizenId\":\"").append(citizenId)
                .append("\",\"phone\":\"").append(phone)
                .append("\",\"address\":\"").append(address).append("\"},\"documents\":[");
        int documents = 1 + random.nextInt(5);
        for (int d = 0; d < documents; d++) {
            if (d > 0) {
                body.append(',');
            }
            body.append("{\"name\":\"").append(pick(DOCUMENTS)).append('"');
            if (random.nextInt(3) == 0) {
                body.append(",\"receivedAs\":\"FILE\",\"fileName\":\"tai-lieu-").append(d + 1)
                        .append(".pdf\",\"sizeBytes\":").append(10_000 + random.nextInt(2_000_000))
                        .append(",\"sha256\":\"").append(hex64()).append('"');
            } else {
                body.append(",\"receivedAs\":\"PAPER\"");
            }
            body.append('}');
        }
        body.append("]}");
        return new Intake(target, body.toString());
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String hex64() {
        StringBuilder hex = new StringBuilder(64);
        for (int i = 0; i < 4; i++) {
            hex.append(String.format(Locale.ROOT, "%016x", random.nextLong()));
        }
        return hex.toString();
    }

    /** One intake request: for whom and what. */
    public record Intake(IntakeTarget target, String json) {
    }
}
