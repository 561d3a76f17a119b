package io.gongkai.deploy.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The manifest files under deploy/kubernetes, read as YAML documents. */
final class ManifestFiles {

	static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

	private ManifestFiles() {
	}

	static Path repository() {
		// the deploy module's folder (Surefire's basedir), whose parent is the repository
		return Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
			.toAbsolutePath()
			.normalize()
			.getParent();
	}

	static Path kubernetes() {
		return repository().resolve("deploy/kubernetes");
	}

	/** Every YAML file under a folder, kustomizations included. */
	static List<Path> yamlFiles(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter((file) -> file.toString().endsWith(".yaml")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static boolean isKustomization(Path file) {
		return file.getFileName().toString().equals("kustomization.yaml");
	}

	/** The manifests (not kustomizations) under a folder. */
	static List<Manifest> manifests(Path folder) {
		List<Manifest> all = new ArrayList<>();
		for (Path file : yamlFiles(folder)) {
			if (!isKustomization(file)) {
				all.addAll(read(kubernetes().relativize(file).toString(), readString(file)));
			}
		}
		return all;
	}

	static String readString(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Each document of a YAML text; an empty document is skipped. */
	static List<Manifest> read(String source, String yaml) {
		List<Manifest> documents = new ArrayList<>();
		try (JsonParser parser = YAML.getFactory().createParser(yaml)) {
			MappingIterator<JsonNode> iterator = YAML.readValues(parser, JsonNode.class);
			while (iterator.hasNext()) {
				JsonNode document = iterator.next();
				if (document != null && !document.isNull() && !document.isMissingNode()) {
					documents.add(new Manifest(source, document));
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalArgumentException(source + " is not YAML: " + ex.getMessage(), ex);
		}
		return documents;
	}

}
