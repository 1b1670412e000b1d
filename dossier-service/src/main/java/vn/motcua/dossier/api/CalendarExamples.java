package vn.motcua.dossier.api;

/** Example payloads of the calendar API for its OpenAPI document. */
final class CalendarExamples {

    static final String STORED_2025 = """
            {
              "year": 2025,
              "status": "STORED",
              "version": 1,
              "updatedAt": "2026-11-28T08:00:00+07:00",
              "updatedBy": "system:seed",
              "holidays": [
                {"date": "2025-01-01", "name": "Tết Dương lịch", "confidence": "CERTAIN"},
                {"date": "2025-01-27", "name": "Tết Nguyên đán", "confidence": "HIGH"},
                {"date": "2025-01-28", "name": "Tết Nguyên đán", "confidence": "HIGH"},
                {"date": "2025-01-29", "name": "Tết Nguyên đán (mùng 1)", "confidence": "CERTAIN"},
                {"date": "2025-01-30", "name": "Tết Nguyên đán", "confidence": "HIGH"},
                {"date": "2025-01-31", "name": "Tết Nguyên đán", "confidence": "HIGH"},
                {"date": "2025-04-07", "name": "Giỗ Tổ Hùng Vương (10/3 âm lịch)", "confidence": "CERTAIN"},
                {"date": "2025-04-30", "name": "Ngày Giải phóng miền Nam", "confidence": "CERTAIN"},
                {"date": "2025-05-01", "name": "Quốc tế Lao động", "confidence": "CERTAIN"},
                {"date": "2025-05-02", "name": "Nghỉ hoán đổi (làm bù thứ Bảy 26/4)", "confidence": "HIGH"},
                {"date": "2025-09-01", "name": "Quốc khánh (ngày liền kề)", "confidence": "HIGH"},
                {"date": "2025-09-02", "name": "Quốc khánh", "confidence": "CERTAIN"}
              ],
              "makeUpWorkingDays": [
                {"date": "2025-04-26", "name": "Làm bù cho ngày 2/5", "confidence": "HIGH"}
              ],
              "workingWeek": {
                "fullDays": ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"],
                "morningOnlyDays": [],
                "hours": [{"start": "07:30", "end": "11:30"}, {"start": "13:30", "end": "17:00"}]
              }
            }""";

    static final String PROPOSED_2027 = """
            {
              "year": 2027,
              "status": "PROPOSED",
              "holidays": [
                {"date": "2027-01-01", "name": "Tết Dương lịch", "confidence": "CERTAIN"},
                {"date": "2027-02-04", "name": "Tết Nguyên đán (28 tháng Chạp)", "confidence": "MEDIUM"},
                {"date": "2027-02-05", "name": "Tết Nguyên đán (29 tháng Chạp)", "confidence": "MEDIUM"},
                {"date": "2027-02-06", "name": "Tết Nguyên đán (mùng 1)", "confidence": "CERTAIN"},
                {"date": "2027-02-07", "name": "Tết Nguyên đán (mùng 2)", "confidence": "MEDIUM"},
                {"date": "2027-02-08", "name": "Tết Nguyên đán (mùng 3)", "confidence": "MEDIUM"},
                {"date": "2027-02-09", "name": "Nghỉ bù Tết Nguyên đán (mùng 1) rơi vào Thứ Bảy 06/02", "confidence": "HIGH"},
                {"date": "2027-02-10", "name": "Nghỉ bù Tết Nguyên đán (mùng 2) rơi vào Chủ nhật 07/02", "confidence": "HIGH"},
                {"date": "2027-04-16", "name": "Giỗ Tổ Hùng Vương (10/3 âm lịch)", "confidence": "CERTAIN"},
                {"date": "2027-04-30", "name": "Ngày Giải phóng miền Nam", "confidence": "CERTAIN"},
                {"date": "2027-05-01", "name": "Quốc tế Lao động", "confidence": "CERTAIN"},
                {"date": "2027-05-03", "name": "Nghỉ bù Quốc tế Lao động rơi vào Thứ Bảy 01/05", "confidence": "HIGH"},
                {"date": "2027-09-02", "name": "Quốc khánh", "confidence": "CERTAIN"},
                {"date": "2027-09-03", "name": "Quốc khánh (ngày liền kề)", "confidence": "MEDIUM"}
              ],
              "makeUpWorkingDays": [],
              "workingWeek": {
                "fullDays": ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"],
                "morningOnlyDays": [],
                "hours": [{"start": "07:30", "end": "11:30"}, {"start": "13:30", "end": "17:00"}]
              }
            }""";

    static final String PUT_2027 = """
            {
              "holidays": [
                {"date": "2027-01-01", "name": "Tết Dương lịch"},
                {"date": "2027-02-04", "name": "Tết Nguyên đán (28 tháng Chạp)"},
                {"date": "2027-02-05", "name": "Tết Nguyên đán (29 tháng Chạp)"},
                {"date": "2027-02-06", "name": "Tết Nguyên đán (mùng 1)"},
                {"date": "2027-02-07", "name": "Tết Nguyên đán (mùng 2)"},
                {"date": "2027-02-08", "name": "Tết Nguyên đán (mùng 3)"},
                {"date": "2027-02-09", "name": "Nghỉ bù Tết Nguyên đán (mùng 1) rơi vào Thứ Bảy 06/02"},
                {"date": "2027-02-10", "name": "Nghỉ bù Tết Nguyên đán (mùng 2) rơi vào Chủ nhật 07/02"},
                {"date": "2027-04-16", "name": "Giỗ Tổ Hùng Vương (10/3 âm lịch)"},
                {"date": "2027-04-30", "name": "Ngày Giải phóng miền Nam"},
                {"date": "2027-05-01", "name": "Quốc tế Lao động"},
                {"date": "2027-05-03", "name": "Nghỉ bù Quốc tế Lao động rơi vào Thứ Bảy 01/05"},
                {"date": "2027-09-02", "name": "Quốc khánh"},
                {"date": "2027-09-03", "name": "Quốc khánh (ngày liền kề)", "confidence": "MEDIUM"}
              ],
              "makeUpWorkingDays": []
            }""";

    static final String INVALID = """
            {
              "type": "urn:motcua:problem:validation",
              "title": "The request is not valid",
              "status": 400,
              "detail": "2 fields are not valid",
              "instance": "/api/v1/calendar/2027",
              "errors": [
                {"field": "holidays[2].date", "message": "must be a date in 2027, not 2028-01-01"},
                {"field": "makeUpWorkingDays[0].date", "message": "must be a day the working week does not work in full (Saturday or Sunday); 2027-02-03 is a Wednesday"}
              ]
            }""";

    static final String INVALID_YEAR = """
            {
              "type": "urn:motcua:problem:validation",
              "title": "The request is not valid",
              "status": 400,
              "detail": "year: must be a year from 1900 to 2100, not 2150",
              "instance": "/api/v1/calendar/2150",
              "errors": [{"field": "year", "message": "must be a year from 1900 to 2100, not 2150"}]
            }""";

    static final String STALE = """
            {
              "type": "urn:motcua:problem:precondition-failed",
              "title": "The resource has changed since you read it",
              "status": 412,
              "detail": "If-Match names \\"1\\" but the calendar of 2027 is at version \\"2\\"; read it again and retry.",
              "instance": "/api/v1/calendar/2027"
            }""";

    static final String CONCURRENT = """
            {
              "type": "urn:motcua:problem:concurrent-modification",
              "title": "The resource was changed by someone else",
              "status": 409,
              "detail": "Someone else changed the calendar of 2027 at the same time; read it again and retry.",
              "instance": "/api/v1/calendar/2027"
            }""";

    private CalendarExamples() {
    }
}
