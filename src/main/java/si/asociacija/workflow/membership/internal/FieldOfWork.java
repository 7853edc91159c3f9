package si.asociacija.workflow.membership.internal;

/** The fields of art and culture an applicant works in. */
enum FieldOfWork {
    VISUAL_ARTS("Vizualne umetnosti / Visual arts"),
    PERFORMING_ARTS("Uprizoritvene umetnosti / Performing arts"),
    MUSIC("Glasba / Music"),
    INTERMEDIA("Intermedijske umetnosti / Intermedia"),
    PUBLISHING("Založništvo / Publishing"),
    MEDIA_AND_FILM("Mediji in film / Media and film"),
    ARCHITECTURE_AND_DESIGN("Arhitektura in oblikovanje / Architecture and design"),
    CULTURAL_HERITAGE("Kulturna dediščina / Cultural heritage"),
    LOCAL_CULTURAL_POLICIES("Lokalne kulturne politike / Local cultural policies"),
    RESEARCH("Raziskovanje / Research"),
    OTHER("Drugo / Other");

    private final String label;

    FieldOfWork(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
