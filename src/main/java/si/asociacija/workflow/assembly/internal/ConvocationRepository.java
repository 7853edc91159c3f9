package si.asociacija.workflow.assembly.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConvocationRepository extends JpaRepository<Convocation, Long> {

    Optional<Convocation> findByToken(String token);

    long countByAssembly(Assembly assembly);
}
