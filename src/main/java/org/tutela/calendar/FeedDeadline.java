package org.tutela.calendar;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A day in a BAS's ICS feed that is not a staffing or hearing: a deadline another module knows (training materials
 * due, a meeting the quarter still requires). Its texts are written as given: record titles and numbers, never a
 * person's name or a case's content.
 */
public record FeedDeadline(UUID uid, LocalDate day, String summary, String description) {

    /** A module that adds deadlines to the BAS's feed, in the feed owner's language. */
    public interface Source {
        java.util.List<FeedDeadline> deadlines(org.tutela.directory.CurrentUser owner, java.util.Locale language);
    }
}
