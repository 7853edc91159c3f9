package si.asociacija.workflow.assembly.internal;

/** How a member takes part: in the room (checked in by staff) or remotely (checked in on their link). */
enum Attendance { IN_PERSON, REMOTE }
