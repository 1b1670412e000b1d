package vn.motcua.platform.printing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Catalogue texts never become markup on a printed board. */
class HtmlTest {

    @Test
    void escapesMarkupAndQuotesButKeepsVietnameseLetters() {
        assertThat(Html.escape("<script>alert('x')</script> & \"Đăng ký\""))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Đăng ký&quot;");
        assertThat(Html.escape("Tư pháp - Hộ tịch")).isEqualTo("Tư pháp - Hộ tịch");
        assertThat(Html.escape(null)).isEmpty();
    }
}
