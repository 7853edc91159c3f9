package si.asociacija.workflow.advocacy.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import si.asociacija.workflow.membership.FieldOfWork;
import si.asociacija.workflow.membership.Voter;
import si.asociacija.workflow.privacy.Erasure;

/** One member invited to give a view on a case, through a personal link; the view once given. */
@Entity
@Table(name = "advocacy_view")
class MemberView {

    static final int MAX_FILES = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private AdvocacyCase advocacyCase;
    @Column(nullable = false, unique = true, length = 64)
    private String token;
    @Column(name = "membership_number", nullable = false, length = 20)
    private String membershipNumber;
    @Column(nullable = false, length = 200)
    private String name;
    @Column(nullable = false, length = 320)
    private String email;
    @Column(nullable = false, length = 2)
    private String language;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private FieldOfWork field;
    @Column(name = "view_text")
    private String text;
    @Column(name = "given_at")
    private Instant givenAt;
    @OneToMany(mappedBy = "view", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ViewFile> files = new ArrayList<>();
    @Version
    private long version;

    protected MemberView() {
    }

    MemberView(AdvocacyCase advocacyCase, String token, Voter member, FieldOfWork field) {
        this.advocacyCase = advocacyCase;
        this.token = token;
        this.membershipNumber = member.membershipNumber();
        this.name = member.name();
        this.email = member.email();
        this.language = member.language() == null ? "sl" : member.language();
        this.field = field;
    }

    /** The member's view, replacing one given before through the same link (files too). */
    void give(String text, List<ViewFile> newFiles, Instant now) {
        this.text = text;
        this.givenAt = now;
        files.clear();
        newFiles.forEach(file -> {
            file.belongTo(this);
            files.add(file);
        });
    }

    /** Name, address, text and files go; the member's number, field and when the view was given stay (for counts). The link stops working. */
    void anonymise(String newToken) {
        name = Erasure.ANONYMISED_NAME;
        email = Erasure.ANONYMISED_NAME;
        text = null;
        files.clear();
        token = newToken;
    }

    boolean isGiven() {
        return givenAt != null;
    }

    Long getId() { return id; }
    AdvocacyCase getAdvocacyCase() { return advocacyCase; }
    String getToken() { return token; }
    String getMembershipNumber() { return membershipNumber; }
    String getName() { return name; }
    String getEmail() { return email; }
    String getLanguage() { return language; }
    FieldOfWork getField() { return field; }
    String getText() { return text; }
    Instant getGivenAt() { return givenAt; }
    List<ViewFile> getFiles() { return files; }
}
