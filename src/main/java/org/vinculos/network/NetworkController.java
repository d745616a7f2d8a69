package org.vinculos.network;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.vinculos.graphql.BadRequestException;
import org.vinculos.graphql.CountryCodes;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Answers {@code network}, {@code networks} and {@code organization}, with the members of a list of networks loaded
 * in one query.
 */
@Controller
class NetworkController {

	private final NetworkRepository networks;

	NetworkController(NetworkRepository networks) {
		this.networks = networks;
	}

	@QueryMapping
	@Nullable Network network(@Argument @Nullable String id, @Argument @Nullable String name) {
		if (id == null && name == null) {
			throw new BadRequestException("network needs the argument id or the argument name");
		}
		return this.networks.network(id, (name != null) ? name.strip() : null).orElse(null);
	}

	@QueryMapping
	List<Network> networks(@Argument @Nullable String kind, @Argument @Nullable String memberCountry,
			@Argument @Nullable String member, @Argument @Nullable String name, @Argument @Nullable String theme) {
		return this.networks.networks(kind, (memberCountry != null) ? CountryCodes.of("memberCountry", memberCountry) : null,
				member, (name != null && !name.isBlank()) ? name.strip() : null,
				(theme != null && !theme.isBlank()) ? theme.strip() : null);
	}

	@BatchMapping(typeName = "Network", field = "themes")
	Map<Network, List<Theme>> themes(List<Network> list) {
		Map<String, List<Theme>> themes = this.networks.themes(list.stream().map(Network::id).toList());
		return list.stream()
			.collect(Collectors.toMap(Function.identity(), n -> themes.getOrDefault(n.id(), List.of()), (a, b) -> a));
	}

	@BatchMapping(typeName = "Network", field = "memberCount")
	Map<Network, Integer> memberCount(List<Network> list) {
		Map<String, Integer> counts = this.networks.memberCounts(list.stream().map(Network::id).toList());
		return list.stream().collect(Collectors.toMap(Function.identity(), n -> counts.getOrDefault(n.id(), 0), (a, b) -> a));
	}

	@QueryMapping
	@Nullable Organization organization(@Argument String id) {
		return this.networks.organization(id).orElse(null);
	}

	@BatchMapping(typeName = "Network", field = "members")
	Map<Network, List<Member>> members(List<Network> list) {
		Map<String, List<Member>> members = this.networks.members(list.stream().map(Network::id).toList());
		return list.stream()
			.collect(Collectors.toMap(Function.identity(), n -> members.getOrDefault(n.id(), List.of()), (a, b) -> a));
	}

}
