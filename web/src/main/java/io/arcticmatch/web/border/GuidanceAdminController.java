package io.arcticmatch.web.border;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.i18n.SupportedLanguage;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/guidance}: administrators list the guidance items (by country) and edit
 * an item's texts, source and last-checked date; the edit page shows every kept edit.
 */
@Controller
class GuidanceAdminController {

	private final GuidanceCatalogue catalogue;

	private final Clock clock;

	GuidanceAdminController(GuidanceCatalogue catalogue, Clock clock) {
		this.catalogue = catalogue;
		this.clock = clock;
	}

	/** A row of the list, in the administrator's language. */
	record Row(String id, Country country, Topic topic, List<CitizenshipGroup> groups, Situation situation,
			String title, LocalDate lastChecked) {

	}

	@GetMapping("/admin/guidance")
	String list(@RequestParam(defaultValue = "") String country, Model model, Locale locale) {
		Country only = country.isBlank() ? null : Country.fromCode(country).orElse(null);
		String language = SupportedLanguage.closestTo(locale).tag();
		List<Row> rows = this.catalogue.all()
			.stream()
			.filter((item) -> only == null || item.country() == only)
			.map((item) -> new Row(item.id(), item.country(), item.topic(), item.groups().stream().sorted().toList(),
					item.situation(), item.text().getOrDefault(language, new GuidanceText(item.id(), "")).title(),
					item.lastChecked()))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("countries", Country.values());
		model.addAttribute("selected", only);
		return "border/admin-list";
	}

	@GetMapping("/admin/guidance/{id}")
	String edit(@PathVariable String id, Model model) {
		GuidanceItem item = this.catalogue.find(id).orElseThrow(() -> new GuidanceItemNotFound(id));
		model.addAttribute("form", GuidanceForm.of(item));
		return page(item, model);
	}

	@PostMapping("/admin/guidance/{id}")
	String save(@PathVariable String id, @Valid @ModelAttribute("form") GuidanceForm form, BindingResult errors,
			Account account, Model model, RedirectAttributes redirect) {
		GuidanceItem item = this.catalogue.find(id).orElseThrow(() -> new GuidanceItemNotFound(id));
		LocalDate checked = form.lastCheckedDate();
		if (!errors.hasFieldErrors("lastChecked")
				&& (checked == null || checked.isAfter(LocalDate.now(this.clock.withZone(ZoneOffset.UTC))))) {
			errors.rejectValue("lastChecked", "border.admin.lastChecked.invalid");
		}
		if (errors.hasErrors() || checked == null) {
			return page(item, model);
		}
		boolean changed = this.catalogue.edit(id, form.toEdit(checked), account.id());
		redirect.addFlashAttribute("flash", changed ? "border.admin.saved" : "border.admin.unchanged");
		return "redirect:/admin/guidance/" + id;
	}

	private String page(GuidanceItem item, Model model) {
		model.addAttribute("item", item);
		model.addAttribute("groups", item.groups().stream().sorted().toList());
		model.addAttribute("history", this.catalogue.history(item.id()));
		return "border/admin-edit";
	}

}
