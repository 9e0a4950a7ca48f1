package io.engineroom.content;

import java.util.Map;

/**
 * A content item planned for another SOP's call activity: the business key the called content-approval instance
 * must carry ({@code content:<id>}) and the variables it starts with.
 */
public record CalledApproval(long contentItemId, String businessKey, Map<String, Object> variables) {

    public CalledApproval {
        variables = Map.copyOf(variables);
    }
}
