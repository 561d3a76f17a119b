package io.gongkai.deploy.launcher;

/**
 * One instance of a service that {@code ./gongkai up} starts: the first of each service
 * keeps the service's own name ({@code report-service}, its PID and log files as with one
 * instance), the k-th is {@code report-service-k} and listens 10·(k−1) ports above the
 * first ({@code 8092}, {@code 8102}, ...).
 *
 * @param service gateway, tenant-service, report-service or analytics-service
 * @param number 1 for the first instance
 * @param port where it listens
 */
record ServiceInstance(String service, int number, NamedPort port) {

	/** How far apart the ports of two consecutive instances of a service are. */
	static final int PORT_STEP = 10;

	/**
	 * The name of its PID and log files and of its lines in {@code status}.
	 * @return the service's name for the first instance, {@code <service>-<number>} after
	 */
	String name() {
		return (this.number == 1) ? this.service : this.service + "-" + this.number;
	}

	String url() {
		return LauncherSettings.url(this.port);
	}

	/**
	 * The instance number a process name carries.
	 * @param processName {@code report-service} (1), {@code report-service-2} (2)
	 * @return its number, 1 for a name without one
	 */
	static int numberOf(String processName) {
		String service = serviceOf(processName);
		if (processName.length() > service.length() + 1) {
			return Integer.parseInt(processName.substring(service.length() + 1));
		}
		return 1;
	}

	/**
	 * The service a process name belongs to.
	 * @param processName {@code report-service}, {@code report-service-2},
	 * {@code keycloak}
	 * @return its service, or the name itself for what is not a service instance
	 */
	static String serviceOf(String processName) {
		for (String service : StartUp.SERVICES) {
			if (processName.equals(service) || processName.matches("\\Q" + service + "\\E-[0-9]+")) {
				return service;
			}
		}
		return processName;
	}

}
