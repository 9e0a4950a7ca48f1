package io.engineroom.inbox.classification.evaluation;

import io.engineroom.inbox.Category;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The public labelled sets the category figure is taken on, each read in its publisher's own format and mapped
 * onto Engine Room's categories by a fixed rule written down before any classifier was run on them. Texts whose
 * source label has no Engine Room category (an SMS between friends, a tweet that is neither offensive nor
 * addressed to a brand) are left out rather than guessed. LEAD and PRAISE have no public source.
 */
public final class CategorySources {

    /**
     * banking77 intents whose name reports a failure or an error of the service (something declined, failed,
     * reverted, wrong, charged twice, not working, not recognised, not received, not updated, not showing up,
     * swallowed, blocked, not allowed, an extra charge): a customer telling the brand it let them down, so
     * COMPLAINT. Every other intent asks how, when, whether or where: QUESTION.
     */
    public static final Set<String> BANKING77_COMPLAINTS = Set.of("card_payment_wrong_exchange_rate",
            "extra_charge_on_statement", "card_not_working", "pin_blocked", "contactless_not_working",
            "wrong_amount_of_cash_received", "transfer_not_received_by_recipient", "top_up_reverted",
            "balance_not_updated_after_cheque_or_cash_deposit", "card_payment_not_recognised",
            "unable_to_verify_identity", "direct_debit_payment_not_recognised", "declined_cash_withdrawal",
            "declined_transfer", "Refund_not_showing_up", "declined_card_payment", "card_swallowed",
            "transaction_charged_twice", "reverted_card_payment?", "beneficiary_not_allowed", "failed_transfer",
            "virtual_card_not_working", "wrong_exchange_rate_for_cash_withdrawal", "top_up_failed",
            "balance_not_updated_after_bank_transfer", "cash_withdrawal_not_recognised");

    private CategorySources() {
    }

    /** banking77 ({@code banking_data/test.csv}): {@code text,category}, the category an intent name. */
    public static List<Labelled<Category>> banking77(Path file) throws IOException {
        List<Labelled<Category>> examples = new ArrayList<>();
        for (CSVRecord row : records(file, "text", "category")) {
            String intent = row.get("category").strip();
            if (intent.isEmpty()) {
                throw new IllegalStateException(file + " record " + row.getRecordNumber() + ": no intent");
            }
            examples.add(new Labelled<>(row.get("text").strip(),
                    BANKING77_COMPLAINTS.contains(intent) ? Category.COMPLAINT : Category.QUESTION));
        }
        return examples;
    }

    /**
     * The SMS Spam Collection ({@code SMSSpamCollection}): {@code ham|spam<TAB>text} a line, no header (some copies
     * add one, which is skipped). Spam is SPAM; "ham" is every other kind of message, so it has no one category.
     */
    public static List<Labelled<Category>> smsSpam(Path file) throws IOException {
        List<Labelled<Category>> examples = new ArrayList<>();
        try (BufferedReader reader = EvaluationFiles.open(file)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split("\t", 2);
                String label = fields[0].strip().toLowerCase(Locale.ROOT);
                boolean labelled = fields.length == 2 && (label.equals("ham") || label.equals("spam"));
                boolean header = number == 1 && fields.length == 2 && !labelled;
                if (!labelled && !header) {
                    throw new IllegalStateException(file + " line " + number + ": expected 'ham' or 'spam', a tab "
                            + "and the message");
                }
                if (labelled && label.equals("spam")) {
                    examples.add(new Labelled<>(fields[1].strip(), Category.SPAM));
                }
            }
        }
        return examples;
    }

    /**
     * Davidson et al.'s tweets ({@code data/labeled_data.csv}): the majority {@code class} of the raters, 0 hate
     * speech and 1 offensive language (both OFFENSIVE), 2 neither (left out: not offensive, but no brand message).
     */
    public static List<Labelled<Category>> davidson(Path file) throws IOException {
        List<Labelled<Category>> examples = new ArrayList<>();
        for (CSVRecord row : records(file, "class", "tweet")) {
            String label = row.get("class").strip();
            switch (label) {
                case "0", "1" -> examples.add(new Labelled<>(row.get("tweet").strip(), Category.OFFENSIVE));
                case "2" -> { }
                default -> throw new IllegalStateException(file + " record " + row.getRecordNumber()
                        + ": class '" + label + "' is not 0, 1 or 2");
            }
        }
        return examples;
    }

    private static List<CSVRecord> records(Path file, String... columns) throws IOException {
        try (Reader reader = EvaluationFiles.open(file);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                        .setAllowMissingColumnNames(true).get()
                        .parse(reader)) {
            for (String column : columns) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new IllegalStateException(file + ": no column '" + column + "' in the header "
                            + parser.getHeaderNames());
                }
            }
            List<CSVRecord> records = parser.getRecords();
            for (CSVRecord row : records) {
                if (!row.isConsistent()) {
                    throw new IllegalStateException(file + " record " + row.getRecordNumber() + ": "
                            + row.size() + " fields, the header has " + parser.getHeaderNames().size());
                }
            }
            return records;
        }
    }
}
