package si.asociacija.workflow.assembly.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssemblyRepository extends JpaRepository<Assembly, Long> {

    Optional<Assembly> findByReference(String reference);
}
