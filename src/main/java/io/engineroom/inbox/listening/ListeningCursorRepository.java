package io.engineroom.inbox.listening;

import org.springframework.data.jpa.repository.JpaRepository;

interface ListeningCursorRepository extends JpaRepository<ListeningCursor, ListeningCursor.Key> {
}
