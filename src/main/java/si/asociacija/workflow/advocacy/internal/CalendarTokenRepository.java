package si.asociacija.workflow.advocacy.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarTokenRepository extends JpaRepository<CalendarToken, String> {

    Optional<CalendarToken> findByTokenHash(String tokenHash);
}
