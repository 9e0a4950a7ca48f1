package io.engineroom.crisis.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HoldingStatementTemplateRepository extends JpaRepository<HoldingStatementTemplate, String> {

    List<HoldingStatementTemplate> findAllByOrderByScenario();
}
