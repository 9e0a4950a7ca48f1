package io.engineroom.assist.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SuggestionRepository extends JpaRepository<Suggestion, Long> {

    List<Suggestion> findByTaskIdAndCompletedAtIsNull(String taskId);

    List<Suggestion> findByBrandIdInOrderByRequestedAtDescIdDesc(Collection<String> brandIds, Pageable page);

    List<Suggestion> findAllByOrderByRequestedAtDescIdDesc(Pageable page);
}
