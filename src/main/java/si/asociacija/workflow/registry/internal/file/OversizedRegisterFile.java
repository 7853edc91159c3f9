package si.asociacija.workflow.registry.internal.file;

/** The file goes beyond the {@link FileLimits}: the read stops there and the import fails as a whole. */
class OversizedRegisterFile extends BrokenRegisterFile {

    OversizedRegisterFile(String reason) {
        super(reason);
    }
}
