package io.gongkai.analytics.catalogue;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The figures one can ask for, with their names, units, where each format states them and
 * whether legacy and template values compare. Public to every signed-in user.
 */
@RestController
@RequestMapping("/api/analytics")
class CatalogueController {

	private final FigureCatalogue catalogue;

	CatalogueController(FigureCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/figures")
	List<Figure> figures() {
		return this.catalogue.figures();
	}

}
