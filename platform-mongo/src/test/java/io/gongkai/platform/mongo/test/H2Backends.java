package io.gongkai.platform.mongo.test;

import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

final class H2Backends {

	private H2Backends() {
	}

	static MongoBackend open(Path file) {
		return new H2Backend(file.toString());
	}

}
