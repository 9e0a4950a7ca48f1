package io.engineroom.reporting.excel;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/** The sheet writer's UTF-8 is Java's: every script, emoji split over two writes, a lone surrogate as '?'. */
class Utf8WriterTest {

    @Test
    void writesWhatJavasEncoderWrites() throws Exception {
        String text = "Oat milk? ü € 中文 עברית مرحبا 🍵☕ <&>";
        assertThat(written(text)).isEqualTo(text.getBytes(UTF_8));
    }

    @Test
    void aSurrogatePairSplitOverTwoWritesAndLoneSurrogates() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Utf8Writer writer = new Utf8Writer(out)) {
            writer.write("tea \uD83C");
            writer.write("\uDF75!");
            writer.write(" lone \uDF75 and \uD83C");
            writer.write('x');
            writer.write("\uD83C".toCharArray(), 0, 1);
        }
        assertThat(out.toString(UTF_8)).isEqualTo("tea 🍵! lone ? and ?x?");
    }

    @Test
    void moreThanItsBufferHolds() throws Exception {
        String text = "ab€🍵".repeat(100_000);
        assertThat(written(text)).isEqualTo(text.getBytes(UTF_8));
    }

    private static byte[] written(String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Utf8Writer writer = new Utf8Writer(out)) {
            writer.write(text);
        }
        return out.toByteArray();
    }
}
