package io.engineroom.assist.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SuggestionRepository extends JpaRepository<Suggestion, Long> {

    List<Suggestion> findByTaskIdAndCompletedAtIsNull(String taskId);
}
