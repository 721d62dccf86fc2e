package fi.avustus.organisation;

import fi.avustus.organisation.internal.Network;
import fi.avustus.organisation.internal.NetworkRepository;
import fi.avustus.organisation.internal.Organisation;
import fi.avustus.organisation.internal.OrganisationRepository;
import fi.avustus.security.CurrentUser;
import fi.avustus.security.Role;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.TranslatedName;
import fi.avustus.shared.Validator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Networks of organisations: staff search and read them, administrators create, edit and archive.
 * The coordinator is always also a member with the role {@link NetworkRole#COORDINATOR}, so that
 * "who is in the network" never has to look in two places.
 */
@Service
@Transactional(readOnly = true)
public class Networks {

    private final NetworkRepository repository;
    private final OrganisationRepository organisations;
    private final CurrentUser currentUser;

    Networks(NetworkRepository repository, OrganisationRepository organisations, CurrentUser currentUser) {
        this.repository = repository;
        this.organisations = organisations;
        this.currentUser = currentUser;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICIAL', 'DECISION_MAKER', 'STEERING_GROUP')")
    public Page<NetworkSummary> search(String search, boolean archived, Pageable pageable) {
        return repository.search(search == null ? "" : search.strip(), archived, pageable).map(Networks::summary);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICIAL', 'DECISION_MAKER', 'STEERING_GROUP')")
    public Optional<NetworkSummary> find(long id) {
        return repository.findById(id).map(Networks::summary);
    }

    /** All active networks, for choosers; staff only. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICIAL', 'DECISION_MAKER', 'STEERING_GROUP')")
    public List<NetworkSummary> active() {
        return repository.search("", false, Pageable.unpaged(Sort.by("name.fi"))).map(Networks::summary).toList();
    }

    /** The active networks an organisation belongs to; applicants may ask only about their own organisations. */
    public List<NetworkSummary> networksOf(long organisationId) {
        if (!currentUser.canAccessOrganisation(organisationId) && !currentUser.hasRole(Role.STEERING_GROUP)) {
            throw new AccessDeniedException("organisation " + organisationId);
        }
        return repository.findActiveByMember(organisationId).stream().map(Networks::summary).toList();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public NetworkSummary create(NetworkForm form) {
        List<NetworkMember> members = validate(form);
        Network network = new Network();
        apply(form, members, network);
        return summary(repository.saveAndFlush(network));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public NetworkSummary update(long id, NetworkForm form) {
        Network network = repository.findById(id).orElseThrow(() -> new DomainException("notFound"));
        network.requireVersion(form.getVersion());
        List<NetworkMember> members = validate(form);
        apply(form, members, network);
        return summary(repository.saveAndFlush(network));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void archive(long id, boolean archived) {
        repository.findById(id).orElseThrow(() -> new DomainException("notFound")).setArchived(archived);
    }

    /** Splits what people type between commas into keywords: trimmed, no blanks, no repeats. */
    public static List<String> keywords(String commaSeparated) {
        return normaliseKeywords(commaSeparated == null ? List.of() : List.of(commaSeparated.split(",")));
    }

    private static List<String> normaliseKeywords(List<String> keywords) {
        Map<String, String> byLowerCase = new LinkedHashMap<>();
        keywords.stream().filter(Objects::nonNull).map(String::strip).filter(keyword -> !keyword.isEmpty())
                .forEach(keyword -> byLowerCase.putIfAbsent(keyword.toLowerCase(Locale.ROOT), keyword));
        return List.copyOf(byLowerCase.values());
    }

    /** Checks the form and returns the members to store, the coordinator included. */
    private List<NetworkMember> validate(NetworkForm form) {
        Validator validator = new Validator()
                .requiredText("nameFi", form.getNameFi(), Validator.NAME_MAX)
                .requiredText("nameSv", form.getNameSv(), Validator.NAME_MAX)
                .maxLength("nameEn", form.getNameEn(), Validator.NAME_MAX)
                .maxLength("description", form.getDescription(), Validator.TEXT_MAX)
                .required("coordinatorId", form.getCoordinatorId());
        List<String> keywords = normaliseKeywords(form.getKeywords() == null ? List.of() : form.getKeywords());
        keywords.stream().filter(keyword -> keyword.length() > Validator.NAME_MAX).findFirst()
                .ifPresent(keyword -> validator.reject("keywords", "network.keywordTooLong", Validator.NAME_MAX));

        List<NetworkMember> members = form.getMembers() == null ? List.of() : form.getMembers();
        Map<Long, Organisation> known = organisations.findAllById(Stream.concat(
                        members.stream().filter(Objects::nonNull).map(NetworkMember::organisationId),
                        Stream.of(form.getCoordinatorId()))
                .filter(Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Organisation::getId, Function.identity()));
        Long coordinatorId = form.getCoordinatorId();
        if (coordinatorId != null && !known.containsKey(coordinatorId)) {
            validator.reject("coordinatorId", "organisation.unknown");
        }
        Set<Long> seen = new HashSet<>();
        for (int row = 0; row < members.size(); row++) {
            NetworkMember member = members.get(row);
            if (member == null || member.organisationId() == null || member.role() == null) {
                validator.reject("members", "network.member.incomplete", row + 1);
                continue;
            }
            Organisation organisation = known.get(member.organisationId());
            if (organisation == null) {
                validator.reject("members", "network.member.unknown", row + 1);
            } else if (!seen.add(member.organisationId())) {
                validator.reject("members", "network.member.duplicate", organisation.getNameFi());
            } else if (member.role() == NetworkRole.COORDINATOR && !member.organisationId().equals(coordinatorId)) {
                // One coordinating organisation per network: a second one would make it unclear who answers for it.
                validator.reject("members", "network.member.extraCoordinator", organisation.getNameFi());
            }
        }
        validator.throwIfInvalid();
        return withCoordinator(members, coordinatorId);
    }

    /** The coordinator is a member with the coordinator role: promoted if listed otherwise, added first if missing. */
    static List<NetworkMember> withCoordinator(List<NetworkMember> members, long coordinatorId) {
        List<NetworkMember> result = new ArrayList<>();
        boolean listed = false;
        for (NetworkMember member : members) {
            if (member.organisationId() == coordinatorId) {
                result.add(new NetworkMember(coordinatorId, NetworkRole.COORDINATOR));
                listed = true;
            } else {
                result.add(member);
            }
        }
        if (!listed) {
            result.add(0, new NetworkMember(coordinatorId, NetworkRole.COORDINATOR));
        }
        return result;
    }

    private static void apply(NetworkForm form, List<NetworkMember> members, Network network) {
        network.setName(new TranslatedName(form.getNameFi(), form.getNameSv(), form.getNameEn()));
        network.setCoordinatorId(form.getCoordinatorId());
        network.setDescription(form.getDescription() == null || form.getDescription().isBlank()
                ? null : form.getDescription().strip());
        network.setKeywords(normaliseKeywords(form.getKeywords() == null ? List.of() : form.getKeywords()));
        network.setMembers(members);
    }

    static NetworkSummary summary(Network network) {
        return new NetworkSummary(network.getId(), network.getName(), network.getCoordinatorId(),
                network.getDescription(), network.getKeywords(), network.getMembers(), network.isArchived(),
                network.getVersion());
    }
}
