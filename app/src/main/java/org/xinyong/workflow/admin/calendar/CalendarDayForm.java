package org.xinyong.workflow.admin.calendar;

/**
 * A day of the holiday calendar as typed: {@code date} (yyyy-MM-dd), {@code type} (HOLIDAY or WORKDAY), {@code name},
 * and whether the administrator confirmed recording a holiday that falls on a weekend.
 */
public class CalendarDayForm {

    private String date;
    private String type;
    private String name;
    private boolean acknowledgeWeekend;

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isAcknowledgeWeekend() {
        return acknowledgeWeekend;
    }

    public void setAcknowledgeWeekend(boolean acknowledgeWeekend) {
        this.acknowledgeWeekend = acknowledgeWeekend;
    }
}
