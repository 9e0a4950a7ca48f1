package io.engineroom.assist;

import io.engineroom.assist.domain.Suggestion;
import io.engineroom.assist.domain.SuggestionRepository;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of AI suggestions, read-only, for auditors (their brands) and admins (every brand): what was asked,
 * what the model wrote and what the person made of it. Nobody else reads it, a brand's own copywriters included.
 */
@Service
public class Suggestions {

    private final SuggestionRepository suggestions;
    private final CurrentUser currentUser;

    Suggestions(SuggestionRepository suggestions, CurrentUser currentUser) {
        this.suggestions = suggestions;
        this.currentUser = currentUser;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<SuggestionEntry> page(int offset, int limit) {
        EngineRoomUser me = currentUser.require();
        PageRequest page = PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit));
        List<Suggestion> found;
        if (me.hasRole(Role.ADMIN)) {
            found = suggestions.findAllByOrderByRequestedAtDescIdDesc(page);
        } else if (me.hasRole(Role.AUDITOR)) {
            found = me.brands().isEmpty() ? List.of()
                    : suggestions.findByBrandIdInOrderByRequestedAtDescIdDesc(me.brands(), page);
        } else {
            throw new AccessDeniedException("The record of AI suggestions is for auditors and admins");
        }
        return found.stream().map(Suggestions::entry).toList();
    }

    private static SuggestionEntry entry(Suggestion s) {
        return new SuggestionEntry(s.getId(), s.getBrandId(), s.getKind(), s.getTaskId(), s.getBusinessKey(),
                s.getModel(), s.getPrompt(), s.getOutput(), s.getOutcome(), s.getRequestedBy(), s.getRequestedAt(),
                s.getSubmittedText(), s.getEditDistance(), s.getCompletedBy(), s.getCompletedAt());
    }
}
