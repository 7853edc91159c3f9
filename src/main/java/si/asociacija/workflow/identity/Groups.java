package si.asociacija.workflow.identity;

/** The groups people work in; their ids are the Camunda group ids. */
public final class Groups {

    public static final String ADMIN = "camunda-admin";
    public static final String STAFF = "staff";
    public static final String BOARD = "board";
    public static final String COUNSELLORS = "counsellors";

    private Groups() {
    }
}
