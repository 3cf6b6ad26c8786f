package io.arcticmatch.web.border;

/**
 * What a guidance item is about, in the order a checklist shows them.
 */
public enum Topic {

	RIGHT_TO_WORK, ID_NUMBER, TAX, SOCIAL_SECURITY, RECOGNITION, BANK_ACCOUNT, BORDER_SERVICE

}
