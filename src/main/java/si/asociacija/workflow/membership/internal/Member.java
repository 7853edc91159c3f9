package si.asociacija.workflow.membership.internal;

import si.asociacija.workflow.membership.FieldOfWork;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entry in the member register. */
@Entity
@Table(name = "registered_member")
class Member {

    enum Status { ACTIVE, SUSPENDED, ENDED }

    static final String NUMBER_PREFIX = "M";
    static final String NUMBER_FORMAT = "M-%d-%04d";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "membership_number", nullable = false, unique = true, length = 20)
    private String membershipNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_type", nullable = false, length = 20)
    private ApplicantType type;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 200)
    private String email;

    @Column(name = "registration_number", length = 10)
    private String registrationNumber;

    @Column(name = "tax_number", length = 8)
    private String taxNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private FieldOfWork field;

    @Column(name = "join_date", nullable = false)
    private LocalDate joinDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    /** The application the member came through; none for a member imported from the earlier register. */
    @Column(name = "application_reference", unique = true, length = 20)
    private String applicationReference;

    @Column(nullable = false, length = 2)
    private String language;

    /** Who votes for an organisation. */
    @Column(length = 200)
    private String representative;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    protected Member() {
    }

    Member(String membershipNumber, MembershipApplication application, LocalDate joinDate) {
        this.membershipNumber = membershipNumber;
        this.type = application.getType();
        this.name = application.getName();
        this.email = application.getEmail();
        this.registrationNumber = application.getRegistrationNumber();
        this.taxNumber = application.getTaxNumber();
        this.field = application.getField();
        this.joinDate = joinDate;
        this.status = Status.ACTIVE;
        this.applicationReference = application.getReference();
        this.language = application.getLanguage();
    }

    /** A member of the earlier register, from a checked row of the import. */
    Member(String membershipNumber, MemberRow row) {
        this.membershipNumber = membershipNumber;
        this.status = Status.ACTIVE;
        this.language = row.languageOrDefault();
        update(row);
    }

    /** A member of the earlier register who applied and was admitted: the application is theirs. */
    void cameThrough(String applicationReference) {
        this.applicationReference = applicationReference;
    }

    /** Takes the row's values (a blank language or representative keeps the member's); false when nothing changed. */
    boolean update(MemberRow row) {
        boolean changed = differsFrom(row);
        type = ApplicantType.valueOf(row.type());
        name = row.name().trim();
        email = row.email().trim();
        registrationNumber = MemberRow.digits(row.registrationNumber());
        taxNumber = MemberRow.digits(row.taxNumber());
        field = FieldOfWork.valueOf(row.field());
        joinDate = LocalDate.parse(row.joinDate());
        language = language(row);
        representative = representative(row);
        return changed;
    }

    /** True when the row would change something of the member. */
    boolean differsFrom(MemberRow row) {
        return !(ApplicantType.valueOf(row.type()) == type && row.name().trim().equals(name)
                && row.email().trim().equals(email)
                && Objects.equals(MemberRow.digits(row.registrationNumber()), registrationNumber)
                && Objects.equals(MemberRow.digits(row.taxNumber()), taxNumber)
                && FieldOfWork.valueOf(row.field()) == field && LocalDate.parse(row.joinDate()).equals(joinDate)
                && language(row).equals(language) && Objects.equals(representative(row), representative));
    }

    private String language(MemberRow row) {
        boolean blank = row.language() == null || row.language().isBlank();
        return blank && language != null ? language : row.languageOrDefault();
    }

    private String representative(MemberRow row) {
        String given = MemberRow.blankToNull(row.representative());
        return given == null ? representative : given;
    }

    /** Ends the membership on {@code date}; false when it had already ended. */
    boolean end(LocalDate date) {
        if (status == Status.ENDED) {
            return false;
        }
        status = Status.ENDED;
        endedOn = date;
        return true;
    }

    String getMembershipNumber() { return membershipNumber; }
    ApplicantType getType() { return type; }
    String getName() { return name; }
    String getEmail() { return email; }
    String getRegistrationNumber() { return registrationNumber; }
    String getTaxNumber() { return taxNumber; }
    FieldOfWork getField() { return field; }
    LocalDate getJoinDate() { return joinDate; }
    Status getStatus() { return status; }
    String getApplicationReference() { return applicationReference; }
    LocalDate getEndedOn() { return endedOn; }
    String getLanguage() { return language; }
    String getRepresentative() { return representative; }
}
