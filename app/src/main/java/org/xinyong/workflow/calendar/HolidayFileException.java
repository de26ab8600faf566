package org.xinyong.workflow.calendar;

/** A shipped holiday file is malformed; start-up stops with a message naming the file and line. */
public class HolidayFileException extends RuntimeException {

    public HolidayFileException(String file, int line, String problem) {
        super("Holiday file " + file + (line > 0 ? ", line " + line : "") + ": " + problem);
    }
}
