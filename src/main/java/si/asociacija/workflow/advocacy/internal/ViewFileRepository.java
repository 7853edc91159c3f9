package si.asociacija.workflow.advocacy.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Files members attached to views: listed without their content, or one with it for a download. */
interface ViewFileRepository extends JpaRepository<ViewFile, Long> {

    @Query("select f.id as id, f.view.id as viewId, f.filename as name, f.size as size from ViewFile f"
            + " where f.view.advocacyCase = :advocacyCase order by f.id")
    List<FileEntry> listOf(@Param("advocacyCase") AdvocacyCase advocacyCase);

    @Query("select f from ViewFile f where f.id = :fileId and f.view.id = :viewId and f.view.advocacyCase.reference = :reference")
    Optional<ViewFile> findOne(@Param("reference") String reference, @Param("viewId") long viewId, @Param("fileId") long fileId);

    interface FileEntry {
        Long getId();

        Long getViewId();

        String getName();

        long getSize();
    }
}
