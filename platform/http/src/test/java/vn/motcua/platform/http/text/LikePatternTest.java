package vn.motcua.platform.http.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LikePatternTest {

    @Test
    void escapesThePatternCharactersAndTheEscapeItself() {
        assertThat(LikePattern.containing("50%")).isEqualTo("%50\\%%");
        assertThat(LikePattern.startingWith("H56_")).isEqualTo("H56\\_%");
        assertThat(LikePattern.containing("a\\b")).isEqualTo("%a\\\\b%");
    }

    @Test
    void leavesOrdinaryTextAsItIs() {
        assertThat(LikePattern.startingWith("000.00.17.H56-250701")).isEqualTo("000.00.17.H56-250701%");
    }
}
