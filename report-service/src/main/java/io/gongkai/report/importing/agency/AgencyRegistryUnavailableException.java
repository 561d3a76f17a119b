package io.gongkai.report.importing.agency;

/**
 * tenant-service did not answer a look-up of one agency in time (or refused it).
 */
public class AgencyRegistryUnavailableException extends RuntimeException {

	public AgencyRegistryUnavailableException(Throwable cause) {
		super("The agency registry is not available", cause);
	}

}
