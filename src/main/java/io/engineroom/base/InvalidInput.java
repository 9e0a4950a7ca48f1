package io.engineroom.base;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that cannot be accepted, with what is wrong per field (by field name) so a view can show each problem
 * next to its field and an API can list them. Nothing was written when this is thrown.
 */
public class InvalidInput extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidInput(Map<String, String> problems) {
        super(String.join("; ", problems.values()));
        this.problems = Map.copyOf(new LinkedHashMap<>(problems));
    }

    public InvalidInput(String field, String problem) {
        this(Map.of(field, problem));
    }

    public Map<String, String> problems() {
        return problems;
    }
}
