package io.engineroom.audit.history;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The conditions and parameters of one native history query. Values only ever travel as MyBatis parameters
 * ({@code #{name}}), never inside the SQL text, so no search input can change the statement.
 */
public final class SqlFilter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds a condition that uses {@code #{name}} for each of the given parameters. */
    public SqlFilter where(String condition, Object... namesAndValues) {
        conditions.add(condition);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return this;
    }

    /** {@code column IN (#{prefix0}, #{prefix1}, …)}; a condition that is never true for no values. */
    public SqlFilter whereIn(String column, String prefix, Collection<String> values) {
        if (values.isEmpty()) {
            conditions.add("1 = 0");
            return this;
        }
        List<String> placeholders = new ArrayList<>();
        int i = 0;
        for (String value : values.stream().sorted().toList()) {
            String name = prefix + i++;
            placeholders.add("#{" + name + "}");
            parameters.put(name, value);
        }
        conditions.add(column + " in (" + String.join(", ", placeholders) + ")");
        return this;
    }

    public String whereClause() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

    /** A LIKE pattern that matches {@code text} literally ('!' escapes), to use with {@code escape '!'}. */
    public static String literal(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
