package fr.ava.recherche.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What job descriptions say in their own words for an item of the framework
 * ({@code recherche/rapprochement/expressions.yaml}), by the item's code: codes are stable from one
 * version to the next, and a code a version lacks is ignored.
 */
public final class ExpressionsDuMetier {

	static final String FICHIER = "recherche/rapprochement/expressions.yaml";

	private final Map<String, List<String>> parCode;

	private ExpressionsDuMetier(Map<String, List<String>> parCode) {
		this.parCode = Map.copyOf(parCode);
	}

	public static ExpressionsDuMetier lues() {
		try (var entree = new ClassPathResource(FICHIER).getInputStream()) {
			Map<String, List<String>> lues = YAMLMapper.builder()
				.build()
				.readValue(entree, new TypeReference<LinkedHashMap<String, List<String>>>() {
				});
			if (lues == null) {
				return new ExpressionsDuMetier(Map.of());
			}
			lues.forEach((code, liste) -> {
				if (liste == null || liste.isEmpty()) {
					throw new IllegalStateException("Aucune expression sous " + code + " dans " + FICHIER);
				}
			});
			return new ExpressionsDuMetier(lues);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public List<String> de(String code) {
		return parCode.getOrDefault(code, List.of());
	}

	public Map<String, List<String>> toutes() {
		return parCode;
	}

}
