package si.asociacija.workflow.membership.internal;

import java.time.LocalDate;

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

    @Column(name = "application_reference", nullable = false, unique = true, length = 20)
    private String applicationReference;

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
}
