package org.vinculos.city;

import java.util.Collection;
import java.util.Map;

import org.springframework.stereotype.Service;

/**
 * Looks cities up by id for other features (mirrors, partners) that answer with {@code City} objects.
 */
@Service
public class Cities {

	private final CityRepository cities;

	Cities(CityRepository cities) {
		this.cities = cities;
	}

	/** The cities with these ids, by id; ids of no city are left out. */
	public Map<String, City> byIds(Collection<String> ids) {
		return this.cities.findAllById(ids);
	}

}
