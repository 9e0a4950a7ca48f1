package io.engineroom.inbox.mastodon;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MastodonCursorRepository extends JpaRepository<MastodonCursor, Long> {
}
