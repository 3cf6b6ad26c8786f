package io.arcticmatch.web.border;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The administrators' edit form of one item: title and body in each language, the source
 * link and the date it was last checked.
 */
record GuidanceForm(
		@NotBlank(message = "{border.admin.title.required}") @Size(max = 200,
				message = "{border.admin.title.tooLong}") String titleNb,
		@NotBlank(message = "{border.admin.body.required}") @Size(max = 4000,
				message = "{border.admin.body.tooLong}") String bodyNb,
		@NotBlank(message = "{border.admin.title.required}") @Size(max = 200,
				message = "{border.admin.title.tooLong}") String titleSv,
		@NotBlank(message = "{border.admin.body.required}") @Size(max = 4000,
				message = "{border.admin.body.tooLong}") String bodySv,
		@NotBlank(message = "{border.admin.title.required}") @Size(max = 200,
				message = "{border.admin.title.tooLong}") String titleFi,
		@NotBlank(message = "{border.admin.body.required}") @Size(max = 4000,
				message = "{border.admin.body.tooLong}") String bodyFi,
		@NotBlank(message = "{border.admin.title.required}") @Size(max = 200,
				message = "{border.admin.title.tooLong}") String titleEn,
		@NotBlank(message = "{border.admin.body.required}") @Size(max = 4000,
				message = "{border.admin.body.tooLong}") String bodyEn,
		@NotBlank(message = "{border.admin.source.invalid}") @Size(max = 500,
				message = "{border.admin.source.invalid}") @Pattern(regexp = "https://[^\\s/]+\\.[^\\s]+",
						message = "{border.admin.source.invalid}") String source,
		@NotBlank(message = "{border.admin.lastChecked.invalid}") String lastChecked) {

	static GuidanceForm of(GuidanceItem item) {
		return new GuidanceForm(title(item, "nb"), body(item, "nb"), title(item, "sv"), body(item, "sv"),
				title(item, "fi"), body(item, "fi"), title(item, "en"), body(item, "en"), item.source(),
				item.lastChecked().toString());
	}

	/**
	 * @return the date, or null when it is not a date
	 */
	@Nullable LocalDate lastCheckedDate() {
		try {
			return LocalDate.parse(this.lastChecked.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	GuidanceEdit toEdit(LocalDate checked) {
		Map<String, GuidanceText> text = new LinkedHashMap<>();
		text.put("nb", new GuidanceText(this.titleNb.strip(), this.bodyNb.strip()));
		text.put("sv", new GuidanceText(this.titleSv.strip(), this.bodySv.strip()));
		text.put("fi", new GuidanceText(this.titleFi.strip(), this.bodyFi.strip()));
		text.put("en", new GuidanceText(this.titleEn.strip(), this.bodyEn.strip()));
		return new GuidanceEdit(text, this.source.strip(), checked);
	}

	private static String title(GuidanceItem item, String language) {
		GuidanceText text = item.text().get(language);
		return (text != null) ? text.title() : "";
	}

	private static String body(GuidanceItem item, String language) {
		GuidanceText text = item.text().get(language);
		return (text != null) ? text.body() : "";
	}

}
