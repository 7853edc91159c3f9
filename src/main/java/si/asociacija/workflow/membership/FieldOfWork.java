package si.asociacija.workflow.membership;

import si.asociacija.workflow.shared.Labelled;

/** The fields of art and culture a member or an applicant works in (the member register keeps one per member). */
public enum FieldOfWork implements Labelled {
    VISUAL_ARTS,
    PERFORMING_ARTS,
    MUSIC,
    INTERMEDIA,
    PUBLISHING,
    MEDIA_AND_FILM,
    ARCHITECTURE_AND_DESIGN,
    CULTURAL_HERITAGE,
    LOCAL_CULTURAL_POLICIES,
    RESEARCH,
    OTHER;

    @Override
    public String messageKey() {
        return "fieldOfWork." + name();
    }
}
