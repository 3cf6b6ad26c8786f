package io.arcticmatch.web.coaching;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new goal for a member; the due date may be left open.
 */
record GoalForm(
		@NotBlank(message = "{coaching.goal.title.required}") @Size(max = 300,
				message = "{coaching.goal.title.tooLong}") String title,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueOn) {

	static GoalForm empty() {
		return new GoalForm("", null);
	}

}
