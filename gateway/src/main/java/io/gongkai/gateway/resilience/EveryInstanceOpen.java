package io.gongkai.gateway.resilience;

/**
 * No instance of the service takes the call: the circuit of each is open, or half-open
 * with its trial calls under way. The request fails at once, without a stack trace (it is
 * an answer, not a fault of the gateway).
 */
class EveryInstanceOpen extends RuntimeException {

	EveryInstanceOpen(String service) {
		super("the circuit of every instance of " + service + " is open", null, false, false);
	}

}
