package io.engineroom.audit;

import java.time.Instant;

/**
 * What to look for in the history of SOP instances; every criterion is optional (null: any) and they all apply
 * together.
 *
 * @param brandId    the brand (Camunda tenant)
 * @param sopKey     the SOP (process definition key), any version
 * @param businessKey the business record, such as {@code content:42}; matched as {@code keyMatch} says
 * @param keyMatch   how the business key is matched (null: contains)
 * @param person     a user id: who started the instance, was assigned or completed a task in it, or appears in its
 *                   user operation log
 * @param from       the date range's start (inclusive)
 * @param to         the date range's end (exclusive)
 * @param dateField  which time the date range applies to (null: started)
 * @param outcome    running, completed or cancelled
 */
public record HistorySearch(String brandId, String sopKey, String businessKey, KeyMatch keyMatch, String person,
        Instant from, Instant to, DateField dateField, Outcome outcome) {

    public static final HistorySearch ANY = new HistorySearch(null, null, null, null, null, null, null, null, null);

    public enum KeyMatch { PREFIX, CONTAINS }

    public enum DateField { STARTED, ENDED }

    public HistorySearch withBrand(String brand) {
        return new HistorySearch(brand, sopKey, businessKey, keyMatch, person, from, to, dateField, outcome);
    }

    public HistorySearch withSop(String sop) {
        return new HistorySearch(brandId, sop, businessKey, keyMatch, person, from, to, dateField, outcome);
    }

    public HistorySearch withBusinessKey(String key, KeyMatch match) {
        return new HistorySearch(brandId, sopKey, key, match, person, from, to, dateField, outcome);
    }

    public HistorySearch withPerson(String userId) {
        return new HistorySearch(brandId, sopKey, businessKey, keyMatch, userId, from, to, dateField, outcome);
    }

    public HistorySearch within(Instant start, Instant end, DateField field) {
        return new HistorySearch(brandId, sopKey, businessKey, keyMatch, person, start, end, field, outcome);
    }

    public HistorySearch withOutcome(Outcome wanted) {
        return new HistorySearch(brandId, sopKey, businessKey, keyMatch, person, from, to, dateField, wanted);
    }
}
