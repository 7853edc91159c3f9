package si.asociacija.workflow.assembly.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssemblyRepository extends JpaRepository<Assembly, Long> {

    Optional<Assembly> findByReference(String reference);

    /** The ids of the assemblies in one of {@code states}, the latest start first. */
    @Query("select a.id from Assembly a where a.state in :states order by a.startsAt desc, a.id desc")
    List<Long> idsIn(Collection<Assembly.State> states, Limit limit);

    /** The ids of the assemblies that started by {@code now}, the latest first. */
    @Query("select a.id from Assembly a where a.startsAt <= :now order by a.startsAt desc, a.id desc")
    List<Long> idsStartedBy(Instant now, Limit limit);
}
