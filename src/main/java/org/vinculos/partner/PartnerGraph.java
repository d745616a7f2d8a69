package org.vinculos.partner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.jspecify.annotations.Nullable;

import org.vinculos.language.Names;

/**
 * What partner suggestions read, in memory and in arrays: every city with the facts the learned ranking uses, the
 * sister-city graph, the other partnerships (agreements and cooperation between cities), the diasporas and the US
 * states' shares of the remittances sent to Mexico. Built from a {@link Snapshot} read at one time, so that a query
 * scores every candidate without asking the store.
 */
final class PartnerGraph {

	/** What the store holds, as read at one time. */
	record Snapshot(List<Place> cities, List<Pair> sisterLinks, List<Pair> partnerships, List<Engagement> engagements,
			List<DiasporaFigure> diasporas, List<PartnerRepository.StateShare> remittances, Map<String, Names> countryNames) {

		/**
		 * A SHA-256 of what the ranking learns from, in a stable order: the cities' ids, countries and regions, and the
		 * links. A model records the checksum of the snapshot it was trained on.
		 */
		String checksum() {
			try {
				MessageDigest digest = MessageDigest.getInstance("SHA-256");
				this.cities.stream().map(c -> c.id() + '|' + c.country() + '|' + c.region()).sorted()
					.forEach(line -> digest.update((line + '\n').getBytes(StandardCharsets.UTF_8)));
				for (List<Pair> links : List.of(this.sisterLinks, this.partnerships)) {
					links.stream().map(Pair::canonical).sorted()
						.forEach(line -> digest.update((line + '\n').getBytes(StandardCharsets.UTF_8)));
					digest.update((byte) 0);
				}
				return "sha256:" + HexFormat.of().formatHex(digest.digest());
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	/**
	 * A city as the ranking sees it: its size (the agglomeration where Natural Earth gives one and it is larger, else
	 * its own population) and the observation behind it, its position, climate, seaport, coast and networks.
	 */
	record Place(String id, String name, String country, String region, String regionName, long size,
			String sizeObservation, @Nullable Double latitude, @Nullable Double longitude, boolean capital,
			boolean worldCity, String climate, String seaport, boolean coastal, List<String> networks) {
	}

	/** Two cities linked. */
	record Pair(String a, String b) {

		String canonical() {
			return (this.a.compareTo(this.b) < 0) ? this.a + '|' + this.b : this.b + '|' + this.a;
		}

	}

	/**
	 * A city's agreement (its id) or cooperation (the partner's id, which may be an organisation), with the topics it
	 * covers.
	 */
	record Engagement(String city, boolean agreement, String id, List<String> topics) {
	}

	/** People born in one country who live in another, as counted in a year (UN DESA). */
	record DiasporaFigure(String origin, @Nullable String country, String id, long stock, int year) {
	}

	private static final double EARTH_KM = 6371.0;

	final int size;

	final String[] ids;

	final Map<String, Integer> index;

	final Place[] places;

	final int[] country;

	final String[] countryCodes;

	final Map<String, Integer> countryIndex;

	final Map<String, Names> countryNames;

	/** The city's region as an index, -1 when it has none. */
	final int[] region;

	final String[] regionIds;

	final String[] normalizedNames;

	/** log10 of the city's size, 0 when unknown. */
	final double[] logSize;

	/** Unit vectors of the cities' positions; a city without coordinates has {@code located} false. */
	final double[] ux;

	final double[] uy;

	final double[] uz;

	final boolean[] located;

	final char[] climateGroup;

	final boolean[] seaport;

	final boolean[] coastal;

	final boolean[] capital;

	final boolean[] worldCity;

	final int[][] networks;

	final String[] networkIds;

	/** Sister cities, by index. */
	final int[][] sisters;

	/** ln(1 + the number of sister cities). */
	final double[] log1pSisters;

	/** Every partner: sister cities and the cities of shared agreements and cooperation. */
	final int[][] partners;

	/** Per country, the cities that have a sister city. */
	final int[][] linkedByCountry;

	/** Agreements and cooperation, by city index. */
	final Map<Integer, List<Engagement>> engagements;

	/** Diaspora figures by origin country and country of residence. */
	final Map<Integer, Map<Integer, DiasporaFigure>> diasporas;

	/** The US states' shares of the remittances sent to Mexico, by region index. */
	final Map<Integer, PartnerRepository.StateShare> remittances;

	final String checksum;

	private final Map<Integer, Links> linksFrom = new ConcurrentHashMap<>();

	private final ConcurrentLinkedQueue<PairFeatures.Scratch> scratches = new ConcurrentLinkedQueue<>();

	/** The snapshot's graph. */
	static PartnerGraph of(Snapshot snapshot) {
		return new PartnerGraph(snapshot, Set.of());
	}

	/**
	 * The snapshot's graph without any link of the given cities: what a model may learn from when those cities are
	 * the ones it is tested on.
	 */
	static PartnerGraph without(Snapshot snapshot, Set<String> cities) {
		return new PartnerGraph(snapshot, cities);
	}

	private PartnerGraph(Snapshot snapshot, Set<String> withoutLinksOf) {
		this.checksum = snapshot.checksum();
		List<Place> cities = snapshot.cities();
		this.size = cities.size();
		this.places = cities.toArray(Place[]::new);
		this.ids = new String[this.size];
		this.index = new HashMap<>(this.size * 2);
		this.country = new int[this.size];
		this.region = new int[this.size];
		this.normalizedNames = new String[this.size];
		this.logSize = new double[this.size];
		this.ux = new double[this.size];
		this.uy = new double[this.size];
		this.uz = new double[this.size];
		this.located = new boolean[this.size];
		this.climateGroup = new char[this.size];
		this.seaport = new boolean[this.size];
		this.coastal = new boolean[this.size];
		this.capital = new boolean[this.size];
		this.worldCity = new boolean[this.size];
		this.networks = new int[this.size][];
		Map<String, Integer> countries = new HashMap<>();
		Map<String, Integer> regions = new HashMap<>();
		Map<String, Integer> networkIndex = new HashMap<>();
		for (int i = 0; i < this.size; i++) {
			Place p = this.places[i];
			this.ids[i] = p.id();
			this.index.put(p.id(), i);
			this.country[i] = countries.computeIfAbsent(p.country(), k -> countries.size());
			this.region[i] = (p.region() != null) ? regions.computeIfAbsent(p.region(), k -> regions.size()) : -1;
			this.normalizedNames[i] = normalize(p.name());
			this.logSize[i] = Math.log10(Math.max(1, p.size()));
			if (p.latitude() != null && p.longitude() != null) {
				double lat = Math.toRadians(p.latitude());
				double lon = Math.toRadians(p.longitude());
				this.ux[i] = Math.cos(lat) * Math.cos(lon);
				this.uy[i] = Math.cos(lat) * Math.sin(lon);
				this.uz[i] = Math.sin(lat);
				this.located[i] = true;
			}
			this.climateGroup[i] = (p.climate() != null && !p.climate().isEmpty()) ? p.climate().charAt(0) : 0;
			this.seaport[i] = p.seaport() != null;
			this.coastal[i] = p.coastal();
			this.capital[i] = p.capital();
			this.worldCity[i] = p.worldCity();
			this.networks[i] = p.networks().stream().mapToInt(n -> networkIndex.computeIfAbsent(n, k -> networkIndex.size()))
				.sorted().toArray();
		}
		for (String code : snapshot.countryNames().keySet()) {
			countries.computeIfAbsent(code, k -> countries.size());
		}
		this.countryIndex = Map.copyOf(countries);
		this.countryCodes = names(countries);
		this.regionIds = names(regions);
		this.networkIds = names(networkIndex);
		this.countryNames = snapshot.countryNames();
		this.sisters = adjacency(snapshot.sisterLinks(), withoutLinksOf);
		this.log1pSisters = new double[this.size];
		for (int i = 0; i < this.size; i++) {
			this.log1pSisters[i] = Math.log1p(this.sisters[i].length);
		}
		List<Pair> all = new ArrayList<>(snapshot.sisterLinks());
		all.addAll(snapshot.partnerships());
		this.partners = adjacency(all, withoutLinksOf);
		List<List<Integer>> linked = new ArrayList<>();
		for (int k = 0; k < this.countryCodes.length; k++) {
			linked.add(new ArrayList<>());
		}
		for (int i = 0; i < this.size; i++) {
			if (this.sisters[i].length > 0) {
				linked.get(this.country[i]).add(i);
			}
		}
		this.linkedByCountry = linked.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
		this.engagements = new HashMap<>();
		for (Engagement e : snapshot.engagements()) {
			Integer city = this.index.get(e.city());
			if (city != null) {
				this.engagements.computeIfAbsent(city, k -> new ArrayList<>()).add(e);
			}
		}
		this.diasporas = new HashMap<>();
		for (DiasporaFigure d : snapshot.diasporas()) {
			Integer origin = countries.get(d.origin());
			Integer destination = countries.get(d.country());
			if (origin != null && destination != null) {
				this.diasporas.computeIfAbsent(origin, k -> new HashMap<>()).merge(destination, d,
						(a, b) -> (a.year() >= b.year()) ? a : b);
			}
		}
		this.remittances = new HashMap<>();
		for (PartnerRepository.StateShare share : snapshot.remittances()) {
			Integer r = regions.get(share.region());
			if (r != null) {
				this.remittances.put(r, share);
			}
		}
	}

	/**
	 * How the cities of one country link abroad, counted once and kept: what the country-preference signals read, and
	 * by country abroad the cities that have a sister city there, for evidence.
	 */
	record Links(int[] toCountry, int[] toRegion, Map<Integer, int[]> toCountryByRegion, int total,
			Map<Integer, int[]> citiesLinkedTo) {
	}

	Links linksFrom(int origin) {
		return this.linksFrom.computeIfAbsent(origin, this::countLinks);
	}

	private Links countLinks(int origin) {
		int[] toCountry = new int[this.countryCodes.length];
		int[] toRegion = new int[this.regionIds.length];
		Map<Integer, int[]> byRegion = new HashMap<>();
		Map<Integer, Set<Integer>> linkedTo = new HashMap<>();
		int total = 0;
		for (int m : this.linkedByCountry[origin]) {
			for (int x : this.sisters[m]) {
				if (this.country[x] != origin) {
					linkedTo.computeIfAbsent(this.country[x], k -> new TreeSet<>()).add(m);
					toCountry[this.country[x]]++;
					if (this.region[x] >= 0) {
						toRegion[this.region[x]]++;
					}
					if (this.region[m] >= 0) {
						byRegion.computeIfAbsent(this.region[m], k -> new int[this.countryCodes.length])[this.country[x]]++;
					}
					total++;
				}
			}
		}
		Map<Integer, int[]> citiesLinkedTo = new HashMap<>();
		linkedTo.forEach((k, cities) -> citiesLinkedTo.put(k, cities.stream().mapToInt(Integer::intValue).toArray()));
		return new Links(toCountry, toRegion, byRegion, total, citiesLinkedTo);
	}

	/**
	 * The city's agreements and cooperation partners on any of the topics (on any topic, or none, when null), each
	 * once, in id order.
	 */
	PartnerRepository.Activity activity(int city, @Nullable Collection<String> topics) {
		Set<String> agreements = new TreeSet<>();
		Set<String> cooperations = new TreeSet<>();
		for (Engagement e : this.engagements.getOrDefault(city, List.of())) {
			if (topics == null || e.topics().stream().anyMatch(topics::contains)) {
				(e.agreement() ? agreements : cooperations).add(e.id());
			}
		}
		return new PartnerRepository.Activity(List.copyOf(agreements), List.copyOf(cooperations));
	}

	/** The distance in km along the chord between two located cities. */
	double km(int a, int b) {
		double dx = this.ux[a] - this.ux[b];
		double dy = this.uy[a] - this.uy[b];
		double dz = this.uz[a] - this.uz[b];
		return EARTH_KM * Math.sqrt(dx * dx + dy * dy + dz * dz);
	}

	@Nullable Integer indexOf(String id) {
		return this.index.get(id);
	}

	PairFeatures.Scratch takeScratch() {
		PairFeatures.Scratch scratch = this.scratches.poll();
		return (scratch != null) ? scratch : new PairFeatures.Scratch(this.size);
	}

	void giveBack(PairFeatures.Scratch scratch) {
		scratch.clear();
		this.scratches.offer(scratch);
	}

	/** Lower case, without accents: "Mérida" and "Merida" are the same name. */
	static String normalize(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
	}

	private int[][] adjacency(List<Pair> links, Set<String> without) {
		List<List<Integer>> lists = new ArrayList<>(this.size);
		for (int i = 0; i < this.size; i++) {
			lists.add(new ArrayList<>(2));
		}
		for (Pair link : links) {
			Integer a = this.index.get(link.a());
			Integer b = this.index.get(link.b());
			if (a == null || b == null || a.equals(b) || without.contains(link.a()) || without.contains(link.b())) {
				continue;
			}
			lists.get(a).add(b);
			lists.get(b).add(a);
		}
		int[][] adjacency = new int[this.size][];
		for (int i = 0; i < this.size; i++) {
			adjacency[i] = lists.get(i).stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
		}
		return adjacency;
	}

	private static String[] names(Map<String, Integer> vocabulary) {
		String[] names = new String[vocabulary.size()];
		vocabulary.forEach((name, i) -> names[i] = name);
		return names;
	}

	static Comparator<Integer> byId(PartnerGraph graph) {
		return Comparator.comparing(i -> graph.ids[i]);
	}

}
