package io.engineroom.inbox.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void plainFieldsAndBothLineEnds() {
        List<CsvReader.Row> rows = CsvReader.read("a,b,c\r\n1,2,3\n4,,6");

        assertThat(rows).extracting(CsvReader.Row::fields).containsExactly(List.of("a", "b", "c"),
                List.of("1", "2", "3"), List.of("4", "", "6"));
        assertThat(rows).extracting(CsvReader.Row::number).containsExactly(1, 2, 3);
        assertThat(rows).extracting(CsvReader.Row::problem).containsOnlyNulls();
    }

    @Test
    void quotedFieldsHoldCommasLineBreaksAndDoubledQuotes() {
        List<CsvReader.Row> rows = CsvReader.read("id,text\n1,\"Hello, \"\"world\"\"\nsecond line\"\n2,\"\"\n");

        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).fields()).containsExactly("1", "Hello, \"world\"\nsecond line");
        assertThat(rows.get(2).fields()).containsExactly("2", "");
        assertThat(rows.get(2).number()).isEqualTo(3);
    }

    @Test
    void aByteOrderMarkBlankLinesAndATrailingCommaAreHandled() {
        List<CsvReader.Row> rows = CsvReader.read("\uFEFFa,b\n\n1,\n");

        assertThat(rows).extracting(CsvReader.Row::fields).containsExactly(List.of("a", "b"), List.of("1", ""));
        assertThat(rows.get(1).number()).isEqualTo(2);
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsText() {
        assertThat(CsvReader.read("5\" screen,ok").get(0).fields()).containsExactly("5\" screen", "ok");
    }

    @Test
    void brokenQuotingIsAProblemOfItsRowOnly() {
        List<CsvReader.Row> rows = CsvReader.read("a,b\n\"x\"y,2\n3,4\n5,\"never closed\n6,7");

        assertThat(rows.get(1).problem()).isEqualTo("Unexpected text after a closing quote");
        assertThat(rows.get(2).fields()).containsExactly("3", "4");
        assertThat(rows.get(2).problem()).isNull();
        assertThat(rows.get(3).problem()).isEqualTo("A quoted field is not closed");
        assertThat(rows).hasSize(4);
    }
}
