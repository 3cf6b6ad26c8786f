package io.arcticmatch.web.border;

import java.time.LocalDate;
import java.util.Map;

/**
 * What an administrator may change in an item: its texts, its source and the date it was
 * last checked. Which country, topic and people it is for stays as the data file says.
 *
 * @param text title and body per language tag
 * @param source the official page (https)
 * @param lastChecked when it was checked against the source
 */
record GuidanceEdit(Map<String, GuidanceText> text, String source, LocalDate lastChecked) {

}
