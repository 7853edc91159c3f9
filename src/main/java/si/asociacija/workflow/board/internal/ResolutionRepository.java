package si.asociacija.workflow.board.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResolutionRepository extends JpaRepository<Resolution, Long> {

    Optional<Resolution> findByNumber(String number);

    List<Resolution> findAllByOrderByOpenedAtDesc();
}
