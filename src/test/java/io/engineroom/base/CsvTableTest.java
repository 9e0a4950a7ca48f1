package io.engineroom.base;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.base.CsvTable.Dialect;
import io.engineroom.base.CsvTable.Problem;
import io.engineroom.base.CsvTable.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void plainFieldsAndBothLineEndsAreRead() {
        CsvTable table = CsvTable.read("a,b,c\r\n1,2,3\n4,,6", Dialect.STRICT);

        assertThat(table.header().fields()).containsExactly("a", "b", "c");
        assertThat(table.data()).extracting(Row::fields).containsExactly(List.of("1", "2", "3"),
                List.of("4", "", "6"));
        assertThat(table.data()).extracting(Row::number).containsExactly(2, 3);
        assertThat(table.data()).extracting(Row::problem).containsOnlyNulls();
    }

    @Test
    void quotedFieldsHoldCommasLineBreaksAndDoubledQuotes() {
        CsvTable table = CsvTable.read("id,text\n1,\"Hello, \"\"world\"\"\nsecond line\"\n2,\"\"\n", Dialect.STRICT);

        assertThat(table.data()).hasSize(2);
        assertThat(table.data().get(0).fields()).containsExactly("1", "Hello, \"world\"\nsecond line");
        assertThat(table.data().get(1).fields()).containsExactly("2", "");
        assertThat(table.data().get(1).number()).isEqualTo(3);
    }

    @Test
    void anExportNumbersARowByTheLineItStartsOn() {
        CsvTable table = CsvTable.read("id,text\n1,\"two\nlines\"\n\n2,x\n", Dialect.EXPORT);

        assertThat(table.data()).extracting(Row::number).containsExactly(2, 5);
        assertThat(table.data().get(0).fields()).containsExactly("1", "two\nlines");
    }

    @Test
    void aByteOrderMarkBlankLinesAndATrailingCommaAreHandled() {
        CsvTable table = CsvTable.read("\uFEFFa,b\n\n   \n1,\n", Dialect.STRICT);

        assertThat(table.header().fields()).containsExactly("a", "b");
        assertThat(table.data()).extracting(Row::fields).containsExactly(List.of("1", ""));
        assertThat(table.data().get(0).number()).isEqualTo(2);
        assertThat(table.columns()).containsEntry("a", 0);
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsText() {
        assertThat(CsvTable.read("5\" screen,ok", Dialect.STRICT).header().fields()).containsExactly("5\" screen",
                "ok");
    }

    @Test
    void brokenQuotingIsAProblemOfItsRowOnly() {
        CsvTable table = CsvTable.read("a,b\n\"x\"y,2\n3,4\n5,\"never closed\n6,7", Dialect.STRICT);

        assertThat(table.data().get(0).problem()).isEqualTo("Unexpected text after a closing quote");
        assertThat(table.data().get(0).number()).isEqualTo(2);
        assertThat(table.data().get(1).fields()).containsExactly("3", "4");
        assertThat(table.data().get(1).problem()).isNull();
        assertThat(table.data().get(1).number()).isEqualTo(3);
        assertThat(table.data().get(2).problem()).isEqualTo("A quoted field is not closed");
        assertThat(table.data().get(2).number()).isEqualTo(4);
        assertThat(table.data()).hasSize(3);
    }

    @Test
    void anUnclosedQuoteInAnExportIsAProblemOfTheLineItStartsOn() {
        CsvTable table = CsvTable.read("a,b\r\n1,2\r\n\r\n3,\"open\r\n4,5\r\n", Dialect.EXPORT);

        assertThat(table.data()).extracting(Row::number).containsExactly(2, 4);
        assertThat(table.shapeProblem(table.data().get(1))).contains(new Problem(4, "", "A quoted field is not closed"));
    }

    @Test
    void anExportKeepsTextAfterAClosingQuoteAndTakesSemicolonsWhenTheHeaderHasNoComma() {
        CsvTable table = CsvTable.read("Date;Reach\n2026-03-02;\"1,200\"x\n", Dialect.EXPORT);

        assertThat(table.header().fields()).containsExactly("Date", "Reach");
        assertThat(table.data().get(0).fields()).containsExactly("2026-03-02", "1,200x");
        assertThat(CsvTable.read("a;b\n1;2\n", Dialect.STRICT).header().fields()).containsExactly("a;b");
    }

    @Test
    void aRowWithMoreOrFewerFieldsThanTheHeaderIsAProblemOfThatRow() {
        CsvTable table = CsvTable.read("a,b,c\n1,2\n1,2,3\n1,2,3,4\n", Dialect.STRICT);

        assertThat(table.shapeProblem(table.data().get(0))).contains(new Problem(2, "",
                "The row has 2 fields, the header 3"));
        assertThat(table.shapeProblem(table.data().get(1))).isEmpty();
        assertThat(table.shapeProblem(table.data().get(2))).contains(new Problem(4, "",
                "The row has 4 fields, the header 3"));
    }

    @Test
    void aMissingRequiredColumnIsNamed() {
        CsvTable table = CsvTable.read(" id ,text\n1,x\n", Dialect.STRICT);

        assertThat(table.missing(List.of("id", "kind", "text", "priority"))).containsExactly("kind", "priority");
        assertThat(table.columnName(0)).isEqualTo("id");
    }

    @Test
    void emptyTextIsAnEmptyTable() {
        assertThat(CsvTable.read("", Dialect.STRICT).isEmpty()).isTrue();
        assertThat(CsvTable.read("\uFEFF\n\n", Dialect.EXPORT).data()).isEmpty();
    }
}
