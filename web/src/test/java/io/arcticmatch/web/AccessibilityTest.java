package io.arcticmatch.web;

import java.lang.reflect.Method;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.NewAccount;
import io.arcticmatch.web.accounts.Role;
import io.arcticmatch.web.alerts.AlertA11yFixtures;
import io.arcticmatch.web.coaching.CoachingService;
import io.arcticmatch.web.coaching.GroupDetails;
import io.arcticmatch.web.coaching.GroupId;
import io.arcticmatch.web.employers.EmployerA11yFixtures;
import io.arcticmatch.web.mentors.MentorA11yFixtures;
import io.arcticmatch.web.trips.TripA11yFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core finds no serious or critical violation on any page of the application, for
 * each role, with data, in empty states, with form errors and in all four languages. The
 * last test lists the application's HTML pages (GET handlers rendering a view) and fails
 * if one was not checked, so a new page cannot slip by.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessibilityTest extends BrowserTest {

	private static final Logger logger = LoggerFactory.getLogger(AccessibilityTest.class);

	private static final String PASSWORD = "a long enough password";

	private static final List<String> LANGUAGES = List.of("nb", "sv", "fi", "en");

	@Autowired
	private ApplicationContext context;

	@Autowired
	private AccountService accounts;

	@Autowired
	private CoachingService coaching;

	@Autowired
	private MessageSource messages;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	private final Set<String> visited = new TreeSet<>();

	private final Map<String, Integer> pagesPerRole = new LinkedHashMap<>();

	/** Per role, per page: what is wrong there. */
	private final Map<String, Map<String, List<String>>> violations = new TreeMap<>();

	private Account coach;

	private Account seeker;

	private Account mentor;

	private Account admin;

	private EmployerA11yFixtures.Hiring hiring;

	private GroupId group;

	private UUID session;

	private String coachingInvitation;

	private UUID trip;

	private MentorA11yFixtures.Mentoring mentoring;

	private String unsubscribeToken;

	@BeforeAll
	void makeSomethingToShowOnEveryPage() {
		this.coach = account(Role.COACH, "Kari Coach");
		this.admin = account(Role.ADMIN, "Ada Admin");
		this.mentor = account(Role.SEEKER, "Mona Mentor");
		this.hiring = EmployerA11yFixtures.hiring(this.context);
		// the employer's matching candidate is the seeker with data on every page
		this.seeker = this.hiring.candidate();
		this.group = this.coaching.create(this.coach, new GroupDetails("Tornedalen autumn", "Work across the border",
				List.of("sv", "fi"), LocalDate.of(2026, 1, 5), LocalDate.of(2026, 6, 30), List.of(Country.SE)));
		this.coaching.addMember(this.coach, this.group, this.seeker.email());
		this.session = this.coaching.planSession(this.coach, this.group, LocalDateTime.of(2026, 2, 10, 9, 30),
				"Haparanda library", "", "CV for Swedish employers");
		this.coachingInvitation = this.coaching
			.invite(this.coach, this.group, "invited-" + UUID.randomUUID() + "@a11y.example", Locale.ENGLISH)
			.token();
		this.trip = TripA11yFixtures.trip(this.context, this.coach, this.hiring.employer());
		this.mentoring = MentorA11yFixtures.mentoring(this.context, this.coach, this.mentor, this.seeker,
				account(Role.SEEKER, "Nadia Newcomer"));
		this.unsubscribeToken = AlertA11yFixtures.unsubscribeToken(this.context, this.seeker);
	}

	@Test
	@Order(1)
	void pagesForVisitorsWhoAreNotSignedIn() {
		String role = "anonymous";
		this.browser().manage().deleteAllCookies();
		for (String language : LANGUAGES) {
			check(role, "/?lang=" + language);
			check(role, "/jobs?lang=" + language);
			check(role, "/jobs?q=sjuksk%C3%B6terska&lang=" + language);
		}
		check(role, "/jobs?q=qqxxzzyy-no-such-job");
		check(role, "/jobs/" + firstPostingOnTheSearchPage());
		check(role, "/living-and-working");
		check(role, "/living-and-working/SE");
		check(role, "/living-and-working/check");
		check(role, "/living-and-working/check?job=SE&home=FI&group=NORDIC&situation=COMMUTE");
		check(role, "/living-and-working/check?job=XX");
		check(role, "/login");
		check(role, "/login?error");
		check(role, "/signup");
		checkInvalidSubmit(role, "/signup");
		check(role, "/employers/register");
		checkInvalidSubmit(role, "/employers/register");
		check(role, "/unsubscribe/" + this.unsubscribeToken);
		check(role, "/invitations/coaching/" + this.coachingInvitation);
		check(role, "/invitations/employer/" + this.hiring.invitationToken());
		assertNoViolations(role);
	}

	@Test
	@Order(2)
	void pagesOfASeeker() {
		String role = "seeker";
		signIn(this.seeker.email(), EmployerA11yFixtures.PASSWORD);
		for (String language : LANGUAGES) {
			check(role, "/?lang=" + language);
			check(role, "/jobs?lang=" + language);
		}
		String job = firstPostingOnTheSearchPage();
		check(role, "/jobs/" + job);
		check(role, "/seeker/matches");
		check(role, "/seeker/profile");
		check(role, "/seeker/alerts");
		check(role, "/seeker/alerts?query=q%3Dnurse&name=Nurses");
		check(role, "/seeker/groups");
		check(role, "/seeker/groups/" + this.group.value());
		check(role, "/seeker/groups/join/" + this.coachingInvitation);
		check(role, "/seeker/trips");
		check(role, "/seeker/trips/" + this.trip);
		check(role, "/seeker/mentoring");
		check(role, "/seeker/favourites");
		check(role, "/seeker/invitations");
		check(role, "/seeker/border");
		check(role, "/seeker/data");
		check(role, "/mentoring/events");
		check(role, "/mentoring/mentor");
		check(role, "/mentoring/pairs/" + this.mentoring.pair());
		check(role, "/living-and-working/check?job=NO");

		// the mentor's side, and a new seeker's empty pages
		signIn(this.mentor.email(), PASSWORD);
		check(role, "/mentoring/mentor");
		check(role, "/mentoring/pairs/" + this.mentoring.pair());
		Account newcomer = account(Role.SEEKER, "Nils New");
		signIn(newcomer.email(), PASSWORD);
		for (String page : List.of("/seeker/matches", "/seeker/profile", "/seeker/alerts", "/seeker/groups",
				"/seeker/trips", "/seeker/mentoring", "/seeker/favourites", "/seeker/invitations", "/seeker/border",
				"/seeker/data", "/mentoring/mentor")) {
			check(role, page);
		}
		checkInvalidSubmit(role, "/mentoring/mentor");
		assertNoViolations(role);
	}

	@Test
	@Order(3)
	void pagesOfACoach() {
		String role = "coach";
		signIn(this.coach.email(), PASSWORD);
		check(role, "/");
		check(role, "/coach/groups");
		check(role, "/coach/groups/new");
		checkInvalidSubmit(role, "/coach/groups/new");
		String groupPath = "/coach/groups/" + this.group.value();
		check(role, groupPath);
		check(role, groupPath + "/edit");
		check(role, groupPath + "/members");
		check(role, groupPath + "/members/" + this.seeker.id().value());
		check(role, groupPath + "/notes");
		check(role, groupPath + "/sessions");
		check(role, groupPath + "/sessions/" + this.session);
		check(role, groupPath + "/coaches");
		check(role, "/coach/trips");
		check(role, "/coach/trips/new");
		checkInvalidSubmit(role, "/coach/trips/new");
		check(role, "/coach/trips/" + this.trip);
		check(role, "/coach/trips/" + this.trip + "/edit");
		check(role, "/coach/trips/" + this.trip + "/check-in");
		check(role, "/coach/mentoring");
		check(role, "/coach/mentoring/requests/" + this.mentoring.openRequest());
		check(role, "/mentoring/events");

		Account newCoach = account(Role.COACH, "Carl Coach");
		signIn(newCoach.email(), PASSWORD);
		check(role, "/coach/groups");
		check(role, "/coach/trips");
		assertNoViolations(role);
	}

	@Test
	@Order(4)
	void pagesOfAnEmployer() {
		String role = "employer";
		signIn(this.hiring.employer().email(), EmployerA11yFixtures.PASSWORD);
		check(role, "/");
		check(role, "/jobs");
		check(role, "/employer/openings");
		check(role, "/employer/openings/new");
		checkInvalidSubmit(role, "/employer/openings/new");
		check(role, "/employer/openings/new?from=" + this.hiring.opening());
		check(role, "/employer/openings/" + this.hiring.opening() + "/edit");
		check(role, "/employer/openings/" + this.hiring.opening() + "/candidates");
		check(role, "/employer/colleagues");
		check(role, "/employer/trips");
		check(role, "/employer/trips/" + this.trip);

		signIn(EmployerA11yFixtures.newEmployer(this.context).email(), EmployerA11yFixtures.PASSWORD);
		check(role, "/employer/openings");
		check(role, "/employer/colleagues");
		check(role, "/employer/trips");
		assertNoViolations(role);
	}

	@Test
	@Order(5)
	void pagesOfAnAdministrator() {
		String role = "admin";
		signIn(this.admin.email(), PASSWORD);
		check(role, "/");
		check(role, "/admin/employers");
		check(role, "/admin/feeds");
		check(role, "/admin/guidance");
		check(role, "/admin/guidance?country=FI");
		open("/admin/guidance");
		String item = browser().findElements(By.cssSelector("main a[href^='/admin/guidance/']"))
			.stream()
			.map((link) -> link.getDomAttribute("href"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No guidance item to edit on /admin/guidance"));
		check(role, item);
		checkInvalidSubmit(role, item);
		check(role, "/coach/groups");
		assertNoViolations(role);
	}

	@Test
	@Order(6)
	void everyPageOfTheApplicationWasChecked() {
		PathPatternParser parser = PathPatternParser.defaultInstance;
		Set<String> unchecked = new TreeSet<>();
		for (String pattern : htmlPages()) {
			if (this.visited.stream()
				.noneMatch((path) -> parser.parse(pattern).matches(PathContainer.parsePath(path)))) {
				unchecked.add(pattern);
			}
		}
		logger.info("Pages checked with axe-core per role: {}", this.pagesPerRole);
		assertThat(unchecked)
			.as("HTML pages no accessibility check visited: add them to %s", AccessibilityTest.class.getSimpleName())
			.isEmpty();
	}

	/**
	 * @return the path patterns of the GET handlers that render a view: neither the API
	 * nor downloads (which answer with a body of their own) nor Spring's error page
	 */
	private Set<String> htmlPages() {
		Set<String> pages = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
			HandlerMethod handler = entry.getValue();
			Method method = handler.getMethod();
			boolean rendersView = (method.getReturnType() == String.class
					|| method.getReturnType() == ModelAndView.class)
					&& !AnnotatedElementUtils.hasAnnotation(method, ResponseBody.class)
					&& !AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class);
			if ((methods.isEmpty() || methods.contains(RequestMethod.GET)) && rendersView) {
				for (String pattern : entry.getKey().getPatternValues()) {
					if (!pattern.startsWith("/api/") && !pattern.startsWith("/v3/") && !pattern.equals("/error")
							&& !pattern.contains("swagger")) {
						pages.add(pattern);
					}
				}
			}
		}
		assertThat(pages).as("the application's HTML pages").contains("/", "/jobs", "/coach/groups/{id}");
		return pages;
	}

	/**
	 * Opens a page, makes sure it is the page asked for (not the sign-in page, not an
	 * error page), and runs axe-core on it.
	 */
	private void check(String role, String pathAndQuery) {
		open(pathAndQuery);
		record(role, pathAndQuery);
	}

	/**
	 * Submits the page's (first) form with its fields as they are, bypassing the
	 * browser's own validation so the server answers with its error messages, and checks
	 * the page with the errors.
	 */
	private void checkInvalidSubmit(String role, String path) {
		open(path);
		WebElement form = browser().findElement(By.cssSelector("main form[method=post], main form[method=POST]"));
		((JavascriptExecutor) browser()).executeScript("""
				arguments[0].noValidate = true;
				arguments[0].querySelectorAll('input[type=text], input[type=email], input[type=password], \
				input[type=number], input[type=date], input[type=url], textarea').forEach((f) => f.value = '');
				""", form);
		clickAndAwaitNextPage(form.findElement(By.cssSelector("button[type=submit], button:not([type])")));
		record(role, path + " (submitted with errors)");
	}

	private void record(String role, String what) {
		URI current = URI.create(browser().getCurrentUrl());
		List<String> found = new ArrayList<>();
		if (!what.startsWith("/login") && "/login".equals(current.getPath())) {
			found.add("  went to the sign-in page");
		}
		else if (errorTitles().contains(browser().getTitle())) {
			found.add("  shows an error page: " + browser().getTitle());
		}
		else {
			this.visited.add(current.getPath());
			this.pagesPerRole.merge(role, 1, Integer::sum);
			AxeResults results = axe();
			found.addAll(results.violations());
			List<String> review = results.toReview();
			if (!review.isEmpty()) {
				logger.info("For review on {} as {}:{}{}", what, role, System.lineSeparator(),
						String.join(System.lineSeparator(), review));
			}
		}
		if (!found.isEmpty()) {
			this.violations.computeIfAbsent(role, (key) -> new TreeMap<>())
				.put(what + " (" + current.getPath() + ")", found);
		}
	}

	private void assertNoViolations(String role) {
		Map<String, List<String>> found = this.violations.getOrDefault(role, Map.of());
		List<String> lines = new ArrayList<>();
		found.forEach((page, list) -> {
			lines.add(page + ":");
			lines.addAll(list);
		});
		assertThat(found)
			.as("pages with serious or critical accessibility violations (or no page at all) as %s:%n%s", role,
					String.join(System.lineSeparator(), lines))
			.isEmpty();
	}

	private List<String> errorTitles() {
		List<String> titles = new ArrayList<>();
		for (String language : LANGUAGES) {
			for (String code : List.of("403", "404", "5xx")) {
				titles.add(this.messages.getMessage("error." + code + ".title", null, Locale.forLanguageTag(language)));
			}
		}
		return titles;
	}

	private String firstPostingOnTheSearchPage() {
		open("/jobs");
		return browser().findElements(By.cssSelector("main a[href^='/jobs/']"))
			.stream()
			.map((link) -> link.getDomAttribute("href"))
			.filter((href) -> !href.contains("?"))
			.map((href) -> href.substring("/jobs/".length()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No posting on /jobs to check the job page with"));
	}

	private Account account(Role role, String name) {
		String email = name.toLowerCase(Locale.ROOT).replace(' ', '-') + "-" + UUID.randomUUID() + "@a11y.example";
		return this.accounts.find(this.accounts.open(new NewAccount(email, name, PASSWORD, role))).orElseThrow();
	}

}
