package io.engineroom.inbox.classification.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.inbox.Category;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CategorySourcesTest {

    @TempDir
    Path dir;

    @Test
    void banking77IntentsReportingAFailureAreComplaintsAndTheRestQuestions() throws Exception {
        Path file = write("banking77_test.csv", """
                text,category
                How do I locate my card?,card_arrival
                "My card is not working, please help",card_not_working
                I was charged twice for one coffee,transaction_charged_twice
                Which currencies can I hold?,fiat_currency_support
                """);

        assertThat(CategorySources.banking77(file)).containsExactly(
                new Labelled<>("How do I locate my card?", Category.QUESTION),
                new Labelled<>("My card is not working, please help", Category.COMPLAINT),
                new Labelled<>("I was charged twice for one coffee", Category.COMPLAINT),
                new Labelled<>("Which currencies can I hold?", Category.QUESTION));
    }

    @Test
    void aBanking77FileWithoutItsColumnsIsRefused() throws Exception {
        Path file = write("banking77_test.csv", "sentence,intent\nHello,greeting\n");

        assertThatThrownBy(() -> CategorySources.banking77(file)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no column 'text'");
    }

    @Test
    void smsSpamIsSpamAndOtherMessagesHaveNoCategoryToBeGradedOn() throws Exception {
        Path file = write("SMSSpamCollection", """
                Label\tSMS
                ham\tOk lar... Joking wif u oni...
                spam\tWINNER!! Claim your prize, call 09061701461 now
                ham\tSee you at 8
                """);

        assertThat(CategorySources.smsSpam(file)).containsExactly(
                new Labelled<>("WINNER!! Claim your prize, call 09061701461 now", Category.SPAM));
    }

    @Test
    void anSmsLineWithAnotherLabelStopsTheReadNamingTheLine() throws Exception {
        Path file = write("SMSSpamCollection", "ham\tHi\nmaybe\tWho knows\n");

        assertThatThrownBy(() -> CategorySources.smsSpam(file)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 2: expected 'ham' or 'spam'");
    }

    @Test
    void davidsonsHateSpeechAndOffensiveTweetsAreOffensiveAndTheOthersLeftOut() throws Exception {
        Path file = write("davidson_labeled_data.csv", """
                ,count,hate_speech,offensive_language,neither,class,tweet
                0,3,0,0,3,2,!!! RT @someone: take the trash out...
                1,3,0,3,0,1,"you are a damn fool,
                and everyone knows it"
                2,3,2,1,0,0,some hateful words here
                """);

        assertThat(CategorySources.davidson(file)).containsExactly(
                new Labelled<>("you are a damn fool,\nand everyone knows it", Category.OFFENSIVE),
                new Labelled<>("some hateful words here", Category.OFFENSIVE));
    }

    @Test
    void aDavidsonClassOutsideZeroToTwoIsRefused() throws Exception {
        Path file = write("davidson_labeled_data.csv", ",count,hate_speech,offensive_language,neither,class,tweet\n"
                + "0,3,0,0,3,7,odd\n");

        assertThatThrownBy(() -> CategorySources.davidson(file)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("class '7' is not 0, 1 or 2");
    }

    @Test
    void aRecordWithFieldsMissingIsRefusedRatherThanReadShort() throws Exception {
        Path file = write("davidson_labeled_data.csv", ",count,hate_speech,offensive_language,neither,class,tweet\n"
                + "0,3,0\n");

        assertThatThrownBy(() -> CategorySources.davidson(file)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("record 1: 3 fields, the header has 7");
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }
}
