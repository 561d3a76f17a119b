package io.gongkai.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;

/** One object of a manifest file: where it comes from, and its tree as written. */
record Manifest(String source, JsonNode tree) {

	String apiVersion() {
		return this.tree.path("apiVersion").asText();
	}

	String kind() {
		return this.tree.path("kind").asText();
	}

	String name() {
		return this.tree.path("metadata").path("name").asText();
	}

	String describe() {
		return this.source + ": " + kind() + " " + name();
	}

}
