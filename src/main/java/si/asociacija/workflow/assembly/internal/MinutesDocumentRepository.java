package si.asociacija.workflow.assembly.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface MinutesDocumentRepository extends JpaRepository<MinutesDocument, Long> {
}
