/**
 * The Arctic Match web application. Each sub-package is one feature (a Spring Modulith
 * application module) with its controllers, services, types and templates together.
 */
@NullMarked
package io.arcticmatch.web;

import org.jspecify.annotations.NullMarked;
