package vn.motcua.procedure.domain;

import vn.motcua.platform.rules.Violation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A fee or charge (phí, lệ phí) in VND; it may differ by channel (online is often cheaper or free). */
public record Fee(FeeChannel channel, BigDecimal amount, String description) {

    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");

    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (channel == null) {
            violations.add(new Violation("channel", "is required: ANY, COUNTER, ONLINE or POST"));
        }
        if (amount == null) {
            violations.add(new Violation("amount", "is required (0 when free)"));
        } else if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0) {
            violations.add(new Violation("amount", "must be from 0 to 1,000,000,000 VND"));
        } else if (amount.stripTrailingZeros().scale() > 0) {
            violations.add(new Violation("amount", "must be a whole number of VND"));
        }
        if (description != null && description.length() > 500) {
            violations.add(new Violation("description", "must be at most 500 characters"));
        }
        return violations;
    }

    /** How a board shows it: "Miễn phí" or "50.000 đồng (nộp trực tuyến)". */
    public String describe() {
        String money = amount.signum() == 0 ? "Miễn phí"
                : String.format(java.util.Locale.ROOT, "%,d", amount.longValue()).replace(',', '.') + " đồng";
        String where = switch (channel) {
            case ANY -> "";
            case COUNTER -> " (nộp trực tiếp)";
            case ONLINE -> " (nộp trực tuyến)";
            case POST -> " (qua bưu chính)";
        };
        return money + where + (description == null || description.isBlank() ? "" : ": " + description);
    }
}
