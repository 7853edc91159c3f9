package si.asociacija.workflow.advocacy.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A file a member attached to a view. */
@Entity
@Table(name = "advocacy_view_file")
class ViewFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "view_id")
    private MemberView view;
    @Column(nullable = false, length = 255)
    private String filename;
    @Column(name = "content_type", nullable = false, length = 200)
    private String contentType;
    @Column(name = "size_bytes", nullable = false)
    private long size;
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected ViewFile() {
    }

    ViewFile(String filename, String contentType, byte[] content) {
        this.filename = filename;
        this.contentType = contentType;
        this.size = content.length;
        this.content = content;
    }

    void belongTo(MemberView owner) {
        this.view = owner;
    }

    Long getId() { return id; }
    String getFilename() { return filename; }
    String getContentType() { return contentType; }
    long getSize() { return size; }
    byte[] getContent() { return content; }
}
