package vn.motcua.dossier.application;

import vn.motcua.dossier.domain.deadline.ProcessingTime;
import vn.motcua.dossier.domain.files.ResultFacts;
import vn.motcua.platform.events.DossierStatus;
import vn.motcua.platform.events.RepresentativeCapacity;
import vn.motcua.platform.http.time.ClockProducer;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;

/** How the forms and the public lookup say things in Vietnamese: statuses, processing times, dates, unit names, results. */
public final class VietnameseText {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Unit names begin with their kind; inside a phrase the kind is written in lower case. */
    private static final List<String> KINDS = List.of("Thành phố ", "Tỉnh ", "Đặc khu ", "Phường ", "Xã ");

    private VietnameseText() {
    }

    public static String status(DossierStatus status) {
        return switch (status) {
            case SUBMITTED -> "Đã nộp trực tuyến, chờ tiếp nhận";
            case RECEIVED -> "Đã tiếp nhận";
            case REFUSED -> "Từ chối tiếp nhận";
            case IN_PROGRESS -> "Đang giải quyết";
            case SUPPLEMENT_REQUESTED -> "Chờ bổ sung, hoàn thiện hồ sơ";
            case AWAITING_PAYMENT -> "Chờ thực hiện nghĩa vụ tài chính";
            case WITHDRAWN -> "Đã rút hồ sơ";
            case SUSPENDED -> "Tạm dừng giải quyết";
            case RESOLVED -> "Đã có kết quả, chờ trả";
            case RETURNED -> "Đã trả kết quả";
        };
    }

    /** The capacity in which a representative hands a dossier in, as the forms write it. */
    public static String capacity(RepresentativeCapacity capacity) {
        return switch (capacity) {
            case RELATIVE -> "người thân";
            case AUTHORISED_PERSON -> "người được ủy quyền";
            case COMMUNITY_DIGITAL_TEAM -> "thành viên Tổ công nghệ số cộng đồng";
        };
    }

    /** As the public board prints it: "5 ngày làm việc", "Trong ngày (nhận sau 15:00 ...)". */
    public static String processingTime(ProcessingTime time) {
        return switch (time.unit()) {
            case WORKING_DAYS -> time.amount() + " ngày làm việc";
            case WORKING_HOURS -> time.amount() + " giờ làm việc";
            case SAME_DAY -> "Trong ngày (nhận sau " + time.sameDayCutoff().map(Object::toString).orElse("15:00")
                    + " trả trong ngày làm việc tiếp theo)";
        };
    }

    /** "Trung tâm Phục vụ hành chính công xã Lượng Minh", as procedure-service's board names a centre. */
    public static String centreName(String unitName) {
        return "Trung tâm Phục vụ hành chính công " + inPhrase(unitName);
    }

    /** "Xã Lượng Minh" → "xã Lượng Minh". */
    public static String inPhrase(String unitName) {
        for (String kind : KINDS) {
            if (unitName.startsWith(kind)) {
                return kind.toLowerCase(VIETNAMESE) + unitName.substring(kind.length());
            }
        }
        return unitName;
    }

    /** "Xã Lượng Minh" → "Lượng Minh": the place a form is dated at. */
    public static String placeName(String unitName) {
        for (String kind : KINDS) {
            if (unitName.startsWith(kind)) {
                return unitName.substring(kind.length());
            }
        }
        return unitName;
    }

    /**
     * "ngày 07 tháng 7 năm 2025", as administrative documents write dates (Decree 30/2020/NĐ-CP): a day
     * below 10 and the months January and February take a leading zero.
     */
    public static String longDate(LocalDate date) {
        String month = date.getMonthValue() <= 2 ? String.format("%02d", date.getMonthValue()) : Integer.toString(date.getMonthValue());
        return "ngày " + String.format("%02d", date.getDayOfMonth()) + " tháng " + month + " năm " + date.getYear();
    }

    /** "08 giờ 15 phút, ngày 07/07/2025", in the province's time zone. */
    public static String timeAndDay(TemporalAccessor instant) {
        ZonedDateTime local = ZonedDateTime.from(instant).withZoneSameInstant(ClockProducer.PROVINCE_ZONE);
        return String.format("%02d giờ %02d phút, ngày %s", local.getHour(), local.getMinute(), DAY.format(local));
    }

    /** "07/07/2025". */
    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /**
     * What the public lookup says of the electronic result: where to download it and whether it is signed, an unsigned
     * file being only a copy (its signature's validity is not verified here, only its presence); null while there is
     * none to download.
     */
    public static String result(ResultFacts result) {
        if (!result.available()) {
            return null;
        }
        return Boolean.TRUE.equals(result.signed())
                ? "Kết quả điện tử có chữ ký số của cơ quan giải quyết; tải về bằng mã hồ sơ và mã PIN."
                : "Tệp kết quả không có chữ ký số: đây chỉ là bản sao để tham khảo, không thay cho bản chính;"
                + " nhận bản chính tại nơi trả kết quả.";
    }
}
