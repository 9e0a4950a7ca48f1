package io.engineroom.base;

/**
 * A process instance's business key names its domain record as {@code <kind>:<id>} ({@code content:42},
 * {@code incident:7}, {@code interaction:9f1c…}). SOP steps find the record they act on from it, never from a
 * variable; this reads the id back, one way for every module.
 */
public final class BusinessKey {

    private BusinessKey() {
    }

    /** The record id in a {@code <kind>:<id>} business key; refused when the key is missing or of another kind. */
    public static String id(String businessKey, String kind, String processInstanceId) {
        String prefix = kind + ":";
        if (businessKey == null || !businessKey.startsWith(prefix) || businessKey.length() == prefix.length()) {
            throw new IllegalStateException("Instance " + processInstanceId + " has no " + kind
                    + " business key (it has '" + businessKey + "')");
        }
        return businessKey.substring(prefix.length());
    }

    /** {@link #id} for records with numeric ids. */
    public static long numericId(String businessKey, String kind, String processInstanceId) {
        String id = id(businessKey, kind, processInstanceId);
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Instance " + processInstanceId + " has no " + kind
                    + " business key (it has '" + businessKey + "')");
        }
    }
}
