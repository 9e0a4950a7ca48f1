package io.engineroom.workflow;

import java.util.Locale;
import java.util.Map;

/**
 * Admits only the tasks whose SOP instance has the business key {@code prefix + id} for an id that another module's
 * own query returns. A screen built on the task inbox filters by facts only its own module stores (the interaction
 * inbox: channel, sentiment, category, state of the interaction) in the same statement as the page, so the filter
 * applies before paging and a match far down the queue is found.
 * <p>Why a query over the caller's own table and not the alternatives: a list of admitted ids would carry up to every
 * open interaction's id into each page request, and copying the facets into the task inbox's read model would make
 * every change of an interaction (a corrected category, a new state) a write into another module's table. Each
 * module writes SQL only against its own tables; the database joins them, probing the caller's table by its key as
 * it walks the tasks in due order, or, when the query admits few ids (a rare filter), reading those first and looking
 * their tasks up by business key.
 *
 * @param prefix     the business keys' fixed start, such as {@code interaction:}
 * @param idQuery    a {@code select} of one column, the admitted ids, over the calling module's own tables; values only
 *                   as named parameters
 * @param parameters the query's parameters; their names start with {@code key_}, so they never meet the inbox's own
 */
public record BusinessKeyFilter(String prefix, String idQuery, Map<String, Object> parameters) {

    public BusinessKeyFilter {
        if (prefix == null || prefix.isEmpty()) {
            throw new IllegalArgumentException("A business key filter needs the keys' prefix");
        }
        if (idQuery == null || !idQuery.strip().toLowerCase(Locale.ROOT).startsWith("select ")) {
            throw new IllegalArgumentException("A business key filter's query is a select of the admitted ids");
        }
        parameters = Map.copyOf(parameters);
        parameters.keySet().stream().filter(name -> !name.startsWith("key_")).findFirst().ifPresent(name -> {
            throw new IllegalArgumentException("Parameter '" + name + "' of a business key filter must start with key_");
        });
    }
}
