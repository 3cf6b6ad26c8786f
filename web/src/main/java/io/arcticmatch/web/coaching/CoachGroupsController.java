package io.arcticmatch.web.coaching;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.mail.MailDeliveryFailed;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coach's pages of coaching groups. The security configuration lets only coaches and
 * administrators in; the service answers 404 for groups the coach does not coach.
 */
@Controller
@RequestMapping("/coach/groups")
class CoachGroupsController {

	private final CoachingService coaching;

	private final MessageSource messages;

	private final JsonMapper json;

	CoachGroupsController(CoachingService coaching, MessageSource messages, JsonMapper json) {
		this.coaching = coaching;
		this.messages = messages;
		this.json = json;
	}

	@ModelAttribute("allLanguages")
	List<String> allLanguages() {
		return GroupForm.LANGUAGES;
	}

	@ModelAttribute("countries")
	Country[] countries() {
		return Country.values();
	}

	@GetMapping
	String list(Account account, Model model) {
		model.addAttribute("groups", this.coaching.groupsFor(account));
		return "coaching/groups";
	}

	@GetMapping("/new")
	String newGroup(Model model) {
		model.addAttribute("form", GroupForm.empty());
		return "coaching/group-form";
	}

	@PostMapping
	String create(Account account, @Valid @ModelAttribute("form") GroupForm form, BindingResult errors,
			RedirectAttributes redirect) {
		checkGroup(form, errors);
		if (errors.hasErrors()) {
			return "coaching/group-form";
		}
		GroupId id = this.coaching.create(account, form.toDetails());
		redirect.addFlashAttribute("flash", "coaching.group.created");
		return "redirect:/coach/groups/" + id;
	}

	@GetMapping("/{id}/edit")
	String edit(Account account, @PathVariable UUID id, Model model) {
		CoachingGroup group = this.coaching.group(account, new GroupId(id));
		model.addAttribute("group", group);
		model.addAttribute("form", GroupForm.of(group));
		return "coaching/group-form";
	}

	@PostMapping("/{id}/edit")
	String update(Account account, @PathVariable UUID id, @Valid @ModelAttribute("form") GroupForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		CoachingGroup group = this.coaching.group(account, new GroupId(id));
		checkGroup(form, errors);
		if (errors.hasErrors()) {
			model.addAttribute("group", group);
			return "coaching/group-form";
		}
		this.coaching.update(account, group.id(), form.toDetails());
		redirect.addFlashAttribute("flash", "coaching.group.saved");
		return "redirect:/coach/groups/" + id;
	}

	private static void checkGroup(GroupForm form, BindingResult errors) {
		if (!errors.hasFieldErrors("endsOn") && form.endsBeforeItStarts()) {
			errors.rejectValue("endsOn", "coaching.group.endsOn.beforeStart");
		}
		if (!errors.hasFieldErrors("languages") && form.hasUnknownLanguage()) {
			errors.rejectValue("languages", "coaching.group.languages.required");
		}
	}

	@GetMapping("/{id}")
	String dashboard(Account account, @PathVariable UUID id, Model model, Locale locale) {
		GroupId group = new GroupId(id);
		model.addAttribute("group", this.coaching.group(account, group));
		model.addAttribute("coaches", this.coaching.coaches(account, group));
		Indicators indicators = this.coaching.indicators(account, group);
		model.addAttribute("indicators", indicators);
		model.addAttribute("progress", this.coaching.progress(account, group));
		model.addAttribute("kinds", OutcomeKind.values());
		model.addAttribute("chartJson", chartJson(indicators, locale));
		return "coaching/dashboard";
	}

	/**
	 * The chart's data: outcomes by country and kind, labels in the reader's language.
	 * The page puts it into a JSON script element, so every {@code <} is escaped to keep
	 * a label from closing that element.
	 */
	private String chartJson(Indicators indicators, Locale locale) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("labels",
				List.of(Country.values())
					.stream()
					.map((country) -> this.messages.getMessage("coaching.country." + country.name(), null, locale))
					.toList());
		chart.put("datasets",
				List.of(OutcomeKind.values())
					.stream()
					.map((kind) -> Map.of("label",
							this.messages.getMessage("coaching.outcome." + kind.name(), null, locale), "data",
							List.of(Country.values())
								.stream()
								.map((country) -> indicators.byCountry().get(country).of(kind))
								.toList()))
					.toList());
		return this.json.writeValueAsString(chart).replace("<", "\\u003c");
	}

	@GetMapping("/{id}/indicators.csv")
	ResponseEntity<byte[]> indicatorsCsv(Account account, @PathVariable UUID id, Locale locale) {
		GroupId group = new GroupId(id);
		byte[] csv = this.coaching.indicatorsCsv(account, group, locale);
		String fileName = "indicators-" + slug(this.coaching.group(account, group).name()) + ".csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(csv);
	}

	private static String slug(String name) {
		String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
		return slug.isEmpty() ? "group" : slug;
	}

	// members

	@GetMapping("/{id}/members")
	String members(Account account, @PathVariable UUID id, Model model) {
		membersPage(account, new GroupId(id), model);
		return "coaching/members";
	}

	private void membersPage(Account account, GroupId group, Model model) {
		model.addAttribute("group", this.coaching.group(account, group));
		model.addAttribute("progress", this.coaching.progress(account, group));
		model.addAttribute("invitations", this.coaching.openInvitations(account, group));
		if (!model.containsAttribute("inviteForm")) {
			model.addAttribute("inviteForm", EmailForm.empty());
		}
		if (!model.containsAttribute("addForm")) {
			model.addAttribute("addForm", EmailForm.empty());
		}
	}

	@PostMapping("/{id}/members")
	String addMember(Account account, @PathVariable UUID id, @Valid @ModelAttribute("addForm") EmailForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		GroupId group = new GroupId(id);
		if (!errors.hasErrors()) {
			MemberAdded added = this.coaching.addMember(account, group, form.email());
			switch (added) {
				case ADDED -> {
					redirect.addFlashAttribute("flash", "coaching.members.added");
					return "redirect:/coach/groups/" + id + "/members";
				}
				case ALREADY_MEMBER -> errors.rejectValue("email", "coaching.members.alreadyMember");
				case NO_SUCH_SEEKER -> errors.rejectValue("email", "coaching.members.noSuchSeeker");
			}
		}
		membersPage(account, group, model);
		return "coaching/members";
	}

	@PostMapping("/{id}/invitations")
	String invite(Account account, @PathVariable UUID id, @Valid @ModelAttribute("inviteForm") EmailForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
		GroupId group = new GroupId(id);
		if (!errors.hasErrors()) {
			try {
				this.coaching.invite(account, group, form.email(), locale);
				redirect.addFlashAttribute("flash", "coaching.invitation.sent");
				return "redirect:/coach/groups/" + id + "/members";
			}
			catch (MailDeliveryFailed ex) {
				errors.rejectValue("email", "coaching.invitation.failed");
			}
		}
		membersPage(account, group, model);
		return "coaching/members";
	}

	@GetMapping("/{id}/members/{seeker}")
	String member(Account account, @PathVariable UUID id, @PathVariable UUID seeker, Model model) {
		memberPage(account, new GroupId(id), new AccountId(seeker), model);
		return "coaching/member";
	}

	private void memberPage(Account account, GroupId group, AccountId seeker, Model model) {
		model.addAttribute("group", this.coaching.group(account, group));
		model.addAttribute("file", this.coaching.memberFile(account, group, seeker));
		model.addAttribute("goalStatuses", GoalStatus.values());
		model.addAttribute("kinds", OutcomeKind.values());
		for (Map.Entry<String, Object> form : Map
			.<String, Object>of("goalForm", GoalForm.empty(), "noteForm", NoteForm.empty(), "outcomeForm",
					OutcomeForm.empty())
			.entrySet()) {
			if (!model.containsAttribute(form.getKey())) {
				model.addAttribute(form.getKey(), form.getValue());
			}
		}
	}

	@PostMapping("/{id}/members/{seeker}/goals")
	String addGoal(Account account, @PathVariable UUID id, @PathVariable UUID seeker,
			@Valid @ModelAttribute("goalForm") GoalForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		GroupId group = new GroupId(id);
		AccountId member = new AccountId(seeker);
		if (errors.hasErrors()) {
			memberPage(account, group, member, model);
			return "coaching/member";
		}
		this.coaching.addGoal(account, group, member, form.title(), form.dueOn());
		redirect.addFlashAttribute("flash", "coaching.goal.added");
		return memberRedirect(id, seeker);
	}

	@PostMapping("/{id}/members/{seeker}/goals/{goal}")
	String setGoalStatus(Account account, @PathVariable UUID id, @PathVariable UUID seeker, @PathVariable UUID goal,
			@RequestParam GoalStatus status, RedirectAttributes redirect) {
		this.coaching.setGoalStatus(account, new GroupId(id), new AccountId(seeker), goal, status);
		redirect.addFlashAttribute("flash", "coaching.goal.saved");
		return memberRedirect(id, seeker);
	}

	@PostMapping("/{id}/members/{seeker}/notes")
	String addNote(Account account, @PathVariable UUID id, @PathVariable UUID seeker,
			@Valid @ModelAttribute("noteForm") NoteForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		GroupId group = new GroupId(id);
		AccountId member = new AccountId(seeker);
		if (errors.hasErrors()) {
			memberPage(account, group, member, model);
			return "coaching/member";
		}
		this.coaching.addNote(account, group, member, form.text());
		redirect.addFlashAttribute("flash", "coaching.note.added");
		return memberRedirect(id, seeker);
	}

	@PostMapping("/{id}/members/{seeker}/outcomes")
	String addOutcome(Account account, @PathVariable UUID id, @PathVariable UUID seeker,
			@Valid @ModelAttribute("outcomeForm") OutcomeForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		GroupId group = new GroupId(id);
		AccountId member = new AccountId(seeker);
		if (errors.hasErrors()) {
			memberPage(account, group, member, model);
			return "coaching/member";
		}
		this.coaching.addOutcome(account, group, member, form.toEntry());
		redirect.addFlashAttribute("flash", "coaching.outcome.added");
		return memberRedirect(id, seeker);
	}

	private static String memberRedirect(UUID group, UUID seeker) {
		return "redirect:/coach/groups/" + group + "/members/" + seeker;
	}

	@GetMapping("/{id}/notes")
	String notes(Account account, @PathVariable UUID id, Model model) {
		GroupId group = new GroupId(id);
		model.addAttribute("group", this.coaching.group(account, group));
		Map<AccountId, String> names = new HashMap<>();
		this.coaching.members(account, group).forEach((member) -> names.put(member.seeker(), member.displayName()));
		model.addAttribute("names", names);
		model.addAttribute("notes", this.coaching.notes(account, group));
		return "coaching/notes";
	}

	// sessions

	@GetMapping("/{id}/sessions")
	String sessions(Account account, @PathVariable UUID id, Model model) {
		sessionsPage(account, new GroupId(id), model);
		model.addAttribute("form", SessionForm.empty());
		return "coaching/sessions";
	}

	private void sessionsPage(Account account, GroupId group, Model model) {
		model.addAttribute("group", this.coaching.group(account, group));
		model.addAttribute("sessions", this.coaching.sessions(account, group));
	}

	@PostMapping("/{id}/sessions")
	String planSession(Account account, @PathVariable UUID id, @Valid @ModelAttribute("form") SessionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		GroupId group = new GroupId(id);
		if (!errors.hasFieldErrors("onlineLink") && form.hasBadLink()) {
			errors.rejectValue("onlineLink", "coaching.session.link.invalid");
		}
		if (!errors.hasFieldErrors("place") && form.hasNeitherPlaceNorLink()) {
			errors.rejectValue("place", "coaching.session.placeOrLink");
		}
		if (errors.hasErrors()) {
			sessionsPage(account, group, model);
			return "coaching/sessions";
		}
		UUID session = this.coaching.planSession(account, group, form.startsAt(), form.placeOrEmpty(),
				form.linkOrEmpty(), form.topic());
		redirect.addFlashAttribute("flash", "coaching.session.planned");
		return "redirect:/coach/groups/" + id + "/sessions/" + session;
	}

	@GetMapping("/{id}/sessions/{session}")
	String session(Account account, @PathVariable UUID id, @PathVariable UUID session, Model model) {
		GroupId group = new GroupId(id);
		Session found = this.coaching.session(account, group, session);
		model.addAttribute("group", this.coaching.group(account, group));
		model.addAttribute("meeting", found);
		model.addAttribute("members", this.coaching.members(account, group));
		Map<String, String> marks = new HashMap<>();
		this.coaching.attendance(account, group, session)
			.forEach((seeker, status) -> marks.put(seeker.value().toString(), status.name()));
		model.addAttribute("marks", marks);
		model.addAttribute("statuses", AttendanceStatus.values());
		if (!model.containsAttribute("noteForm")) {
			model.addAttribute("noteForm", new SessionNoteForm(found.note()));
		}
		return "coaching/session";
	}

	/**
	 * Takes one radio group per member, {@code mark-<member id>}; an empty value clears a
	 * mark.
	 */
	@PostMapping("/{id}/sessions/{session}/attendance")
	String recordAttendance(Account account, @PathVariable UUID id, @PathVariable UUID session,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		GroupId group = new GroupId(id);
		Map<AccountId, @Nullable AttendanceStatus> marks = new HashMap<>();
		for (Member member : this.coaching.members(account, group)) {
			String value = form.get("mark-" + member.seeker().value());
			if (value != null) {
				marks.put(member.seeker(), value.isEmpty() ? null : AttendanceStatus.valueOf(value));
			}
		}
		this.coaching.recordAttendance(account, group, session, marks);
		redirect.addFlashAttribute("flash", "coaching.attendance.saved");
		return "redirect:/coach/groups/" + id + "/sessions/" + session;
	}

	@PostMapping("/{id}/sessions/{session}/note")
	String saveSessionNote(Account account, @PathVariable UUID id, @PathVariable UUID session,
			@Valid @ModelAttribute("noteForm") SessionNoteForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return session(account, id, session, model);
		}
		this.coaching.saveSessionNote(account, new GroupId(id), session, form.noteOrEmpty());
		redirect.addFlashAttribute("flash", "coaching.session.noteSaved");
		return "redirect:/coach/groups/" + id + "/sessions/" + session;
	}

	// coaches

	@GetMapping("/{id}/coaches")
	String coaches(Account account, @PathVariable UUID id, Model model) {
		coachesPage(account, new GroupId(id), model);
		return "coaching/coaches";
	}

	private void coachesPage(Account account, GroupId group, Model model) {
		model.addAttribute("group", this.coaching.group(account, group));
		model.addAttribute("coaches", this.coaching.coaches(account, group));
		if (!model.containsAttribute("addForm")) {
			model.addAttribute("addForm", EmailForm.empty());
		}
		if (!model.containsAttribute("handOverForm")) {
			model.addAttribute("handOverForm", EmailForm.empty());
		}
	}

	@PostMapping("/{id}/coaches")
	String addCoach(Account account, @PathVariable UUID id, @Valid @ModelAttribute("addForm") EmailForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		GroupId group = new GroupId(id);
		if (!errors.hasErrors()) {
			if (this.coaching.addCoach(account, group, form.email()) == CoachChange.DONE) {
				redirect.addFlashAttribute("flash", "coaching.coaches.added");
				return "redirect:/coach/groups/" + id + "/coaches";
			}
			errors.rejectValue("email", "coaching.coaches.noSuchCoach");
		}
		coachesPage(account, group, model);
		return "coaching/coaches";
	}

	@PostMapping("/{id}/coaches/handover")
	String handOver(Account account, @PathVariable UUID id, @Valid @ModelAttribute("handOverForm") EmailForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		GroupId group = new GroupId(id);
		if (!errors.hasErrors()) {
			CoachChange change = this.coaching.handOver(account, group, form.email());
			if (change == CoachChange.DONE) {
				redirect.addFlashAttribute("flash", "coaching.coaches.handedOver");
				return "redirect:/coach/groups";
			}
			errors.rejectValue("email",
					(change == CoachChange.SAME_COACH) ? "coaching.coaches.sameCoach" : "coaching.coaches.noSuchCoach");
		}
		coachesPage(account, group, model);
		return "coaching/coaches";
	}

	@PostMapping("/{id}/coaches/{coach}/remove")
	String removeCoach(Account account, @PathVariable UUID id, @PathVariable UUID coach, RedirectAttributes redirect) {
		CoachChange change = this.coaching.removeCoach(account, new GroupId(id), new AccountId(coach));
		if (change == CoachChange.NO_SUCH_COACH) {
			throw new GroupNotFound();
		}
		redirect.addFlashAttribute("flash",
				(change == CoachChange.DONE) ? "coaching.coaches.removed" : "coaching.coaches.lastCoach");
		if (change == CoachChange.DONE && coach.equals(account.id().value())) {
			return "redirect:/coach/groups";
		}
		return "redirect:/coach/groups/" + id + "/coaches";
	}

}
