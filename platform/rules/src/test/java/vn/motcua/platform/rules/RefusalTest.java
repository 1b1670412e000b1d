package vn.motcua.platform.rules;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RefusalTest {

    @Test
    void a_violation_under_a_parent_names_the_whole_path() {
        assertThat(new Violation("phone", "is required").under("applicant").field()).isEqualTo("applicant.phone");
        assertThat(new Violation("[2]", "is required").under("documents").field()).isEqualTo("documents[2]");
        assertThat(new Violation("", "is required").under("rows[3]").field()).isEqualTo("rows[3]");
    }

    @Test
    void a_refusal_for_one_broken_rule_says_the_field_and_the_rule() {
        Refusal refusal = Refusal.invalid("procedureCode", "is required");

        assertThat(refusal.reason()).isEqualTo(Refusal.Reason.INVALID);
        assertThat(refusal.detail()).isEqualTo("procedureCode: is required");
        assertThat(refusal.violations()).containsExactly(new Violation("procedureCode", "is required"));
    }

    @Test
    void a_refusal_for_several_broken_rules_counts_them() {
        Refusal refusal = Refusal.unprocessable(List.of(new Violation("a", "x"), new Violation("b", "y")));

        assertThat(refusal.reason()).isEqualTo(Refusal.Reason.UNPROCESSABLE);
        assertThat(refusal.detail()).isEqualTo("2 fields are not valid");
    }

    @Test
    void a_refusal_for_broken_rules_must_name_one() {
        assertThatThrownBy(() -> Refusal.invalid(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusals_for_load_say_when_to_retry_and_a_stale_one_says_the_current_version() {
        assertThat(Refusal.tooMany("slow down", Duration.ofSeconds(30)).retryAfter()).contains(Duration.ofSeconds(30));
        assertThat(Refusal.conflict("no").retryAfter()).isEmpty();
        assertThat(Refusal.stale("changed", 4).currentVersion()).hasValue(4);
    }
}
