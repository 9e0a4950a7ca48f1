package io.engineroom.crisis.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CrisisStatementChannelRepository extends JpaRepository<CrisisStatementChannel, Long> {

    Optional<CrisisStatementChannel> findByStatementIdAndChannelId(long statementId, long channelId);

    List<CrisisStatementChannel> findByStatementIdOrderByChannelLabel(long statementId);
}
