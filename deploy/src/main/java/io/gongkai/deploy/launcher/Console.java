package io.gongkai.deploy.launcher;

import java.io.PrintStream;

/**
 * What the launcher tells the person at the terminal. The launcher is a command-line
 * tool: this is its user interface, not a log.
 */
class Console {

	private final PrintStream out;

	Console(PrintStream out) {
		this.out = out;
	}

	static Console system() {
		return new Console(System.out);
	}

	void say(String format, Object... args) {
		this.out.println(args.length == 0 ? format : String.format(format, args));
		this.out.flush();
	}

	void step(String format, Object... args) {
		say("==> " + format, args);
	}

}
