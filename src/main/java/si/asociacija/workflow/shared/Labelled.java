package si.asociacija.workflow.shared;

/** A value (usually an enum constant) whose label people read, in {@link Texts} under {@link #messageKey()}. */
public interface Labelled {

    /** The message key of the label, e.g. {@code topic.TAXES}. */
    String messageKey();
}
