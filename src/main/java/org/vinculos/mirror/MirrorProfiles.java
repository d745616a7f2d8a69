package org.vinculos.mirror;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.vinculos.database.GraphChanged;
import org.vinculos.database.GraphSnapshot;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every city's profile, held in memory ({@link GraphSnapshot}) so that a mirror query scores all candidates exactly
 * without asking the store: the profiles change only when the graph does.
 */
@Component
class MirrorProfiles {

	/** Reading every profile takes seconds of the store's time, so a write from outside shows within ten minutes. */
	static final long REFRESH_NANOS = 600_000_000_000L;

	/** The profiles, by id, as read at one time, with what is computed from them and kept until they change. */
	record Catalog(Map<String, Features> byId, List<Features> all, Features[] bySize, Columns columns,
			Features.Vocabulary countries, Map<Object, Object> memo) {

		@Nullable Features get(String id) {
			return this.byId.get(id);
		}

		/** A value computed from these profiles, computed once for this catalog. */
		@SuppressWarnings("unchecked")
		<K, V> V memo(K key, Function<K, V> compute) {
			return (V) this.memo.computeIfAbsent(key, k -> compute.apply((K) k));
		}

	}

	/**
	 * What a query checks of every candidate before scoring it, as arrays in the order of {@link Catalog#bySize()}: a
	 * scan reads them one after the other instead of following a reference per candidate.
	 */
	record Columns(double[] sizeKey, double[] logAgglomeration, double[] logPopulation, int[] known, int[] country,
			long[] population, boolean[] located) {

		static Columns of(Features[] cities) {
			int n = cities.length;
			Columns c = new Columns(new double[n], new double[n], new double[n], new int[n], new int[n], new long[n],
					new boolean[n]);
			for (int i = 0; i < n; i++) {
				Features f = cities[i];
				c.sizeKey[i] = f.sizeKey();
				c.logAgglomeration[i] = f.logAgglomeration();
				c.logPopulation[i] = f.logPopulation();
				c.known[i] = f.known();
				c.country[i] = f.country();
				c.population[i] = f.population();
				c.located[i] = f.located();
			}
			return c;
		}

	}

	private final MirrorRepository repository;

	private final GraphSnapshot<Catalog> catalog;

	MirrorProfiles(MirrorRepository repository) {
		this.repository = repository;
		this.catalog = new GraphSnapshot<>("mirror-profiles", REFRESH_NANOS, this::read);
	}

	Catalog catalog() {
		return this.catalog.get();
	}

	@EventListener
	void graphChanged(GraphChanged event) {
		this.catalog.invalidate();
	}

	private Catalog read() {
		Features.Vocabulary networks = new Features.Vocabulary();
		Features.Vocabulary themes = new Features.Vocabulary();
		Features.Vocabulary topics = new Features.Vocabulary();
		Features.Vocabulary countries = new Features.Vocabulary();
		Features.Vocabulary climates = new Features.Vocabulary();
		List<Features> all = this.repository.profiles().stream()
			.map(profile -> Features.of(profile, networks, themes, topics, countries, climates))
			.toList();
		// Sorted by size, so that a query meets the cities of its own size first and can pass over the rest unscored.
		Features[] bySize = all.stream()
			.filter(f -> !Double.isNaN(f.sizeKey()))
			.sorted(Comparator.comparingDouble(Features::sizeKey))
			.toArray(Features[]::new);
		return new Catalog(all.stream().collect(Collectors.toMap(f -> f.profile().id(), Function.identity())), all,
				bySize, Columns.of(bySize), countries, new ConcurrentHashMap<>());
	}

}
