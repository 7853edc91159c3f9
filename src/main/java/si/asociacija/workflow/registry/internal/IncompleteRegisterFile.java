package si.asociacija.workflow.registry.internal;

import si.asociacija.workflow.registry.internal.file.BrokenRegisterFile;

/** A file that would remove too many of the records held: taken as cut short, and not applied. */
class IncompleteRegisterFile extends BrokenRegisterFile {

    IncompleteRegisterFile(long gone, long held) {
        super("the file lacks " + gone + " of the " + held + " records held (more than the allowed share): "
                + "it looks incomplete and was not applied");
    }
}
