package si.asociacija.workflow.board.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ResolutionRepository extends JpaRepository<Resolution, Long> {

    Optional<Resolution> findByNumber(String number);

    Optional<Resolution> findByProcessInstanceId(String processInstanceId);

    List<Resolution> findAllByOrderByOpenedAtDesc();

    @Query("select r from Resolution r left join fetch r.votes where r.id = :id")
    Resolution findByIdWithVotes(Long id);
}
