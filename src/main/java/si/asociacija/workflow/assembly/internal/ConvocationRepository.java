package si.asociacija.workflow.assembly.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface ConvocationRepository extends JpaRepository<Convocation, Long> {

    /** A member's link: every check-in and vote reads it, so the query is written out (and its plan cached, unlike a derived query's). */
    @Query("select c from Convocation c where c.token = :token")
    Optional<Convocation> findByToken(String token);

    long countByAssembly(Assembly assembly);

    Optional<Convocation> findByAssemblyAndMembershipNumber(Assembly assembly, String membershipNumber);

    /** Locks the two convocations a proxy joins, always in the same order, so that concurrent proxies wait for each other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Convocation c where c.id in :ids order by c.id")
    List<Convocation> lockAll(List<Long> ids);

    List<Convocation> findByAssemblyAndProxyHolder(Assembly assembly, String proxyHolder);

    List<Convocation> findByAssemblyOrderByMembershipNumber(Assembly assembly);

    long countByAssemblyAndAttendanceIsNotNull(Assembly assembly);

    @Query("select count(c) from Convocation c where c.assembly.id = :assemblyId")
    long countConvened(Long assemblyId);

    @Query("select count(c) from Convocation c where c.assembly.id = :assemblyId and c.attendance is not null")
    long countCheckedIn(Long assemblyId);

    /** Members who gave a proxy to a holder who is present. */
    @Query("""
            select count(c) from Convocation c where c.assembly = :assembly and c.proxyHolder is not null
              and exists (select h from Convocation h where h.assembly = :assembly
                          and h.membershipNumber = c.proxyHolder and h.attendance is not null)""")
    long countRepresented(Assembly assembly);

    @Query("""
            select count(c) from Convocation c where c.assembly.id = :assemblyId and c.proxyHolder is not null
              and exists (select h from Convocation h where h.assembly.id = :assemblyId
                          and h.membershipNumber = c.proxyHolder and h.attendance is not null)""")
    long countRepresentedIn(Long assemblyId);
}
