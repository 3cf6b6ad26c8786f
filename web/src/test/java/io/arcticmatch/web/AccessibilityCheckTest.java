package io.arcticmatch.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The axe-core check of the browser tests can fail: a page it passes fails once an image
 * without a text alternative and a form field without a label are put into it.
 */
class AccessibilityCheckTest extends BrowserTest {

	@Test
	void anImageWithoutAltAndAFieldWithoutLabelFailTheCheck() {
		open("/login?lang=en");
		assertAccessible();

		((JavascriptExecutor) browser()).executeScript("""
				const main = document.querySelector('main');
				main.insertAdjacentHTML('beforeend',
					'<img id="no-alt" src="/favicon.ico"><input id="no-label" type="text" name="x">');
				""");

		assertThatExceptionOfType(AssertionError.class).isThrownBy(this::assertAccessible)
			.withMessageContaining("/login")
			.withMessageContaining("image-alt")
			.withMessageContaining("#no-alt")
			.withMessageContaining("label")
			.withMessageContaining("#no-label");
		assertThat(accessibilityViolations()).hasSize(2);
	}

}
