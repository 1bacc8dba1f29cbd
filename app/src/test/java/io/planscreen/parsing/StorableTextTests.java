package io.planscreen.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StorableTextTests {

    @Test
    void controls_and_lone_surrogates_are_replaced_one_for_one() {
        String raw = "a\u0000b\u0007c\td\ne\r\u007f\u0085\uD800f\uDC00\uFFFF가😀";
        String clean = StorableText.of(raw);
        assertThat(clean).hasSameSizeAs(raw).isEqualTo("a b c\td\ne   \uFFFDf\uFFFD\uFFFD가😀");
        assertThat(StorableText.isStorable(clean)).isTrue();
        assertThat(StorableText.isStorable(raw)).isFalse();
    }

    @Test
    void clean_text_is_returned_as_is() {
        String text = "사업계획서\t1. 개요\n😀";
        assertThat(StorableText.of(text)).isSameAs(text);
    }
}
