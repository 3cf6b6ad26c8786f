package io.arcticmatch.web.employers;

/**
 * Where an organisation's registration stands. Only an approved organisation's openings
 * are published.
 */
public enum EmployerStatus {

	PENDING, APPROVED, REJECTED

}
