package fi.avustus.organisation;

import fi.avustus.organisation.internal.NetworkRepository;
import fi.avustus.organisation.internal.OrganisationRepository;
import fi.avustus.organisation.internal.SteeringGroup;
import fi.avustus.organisation.internal.SteeringGroupRepository;
import fi.avustus.security.Users;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.TranslatedName;
import fi.avustus.shared.Validator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Steering groups (cooperation groups) that govern a network or a programme: staff read them,
 * administrators create, edit and archive. The group's decision rule and chair rotation are data
 * read by the approval process.
 */
@Service
@Transactional(readOnly = true)
public class SteeringGroups {

    /** Years outside this range are typing errors, not rotation starts. */
    static final int MIN_YEAR = 1990;
    static final int MAX_YEAR = 2100;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final SteeringGroupRepository repository;
    private final NetworkRepository networks;
    private final OrganisationRepository organisations;
    private final Users users;
    private final ObjectProvider<GovernedProgrammes> programmes;
    private final ApplicationEventPublisher events;

    SteeringGroups(SteeringGroupRepository repository, NetworkRepository networks, OrganisationRepository organisations,
                   Users users, ObjectProvider<GovernedProgrammes> programmes, ApplicationEventPublisher events) {
        this.repository = repository;
        this.networks = networks;
        this.organisations = organisations;
        this.users = users;
        this.programmes = programmes;
        this.events = events;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICIAL', 'DECISION_MAKER', 'STEERING_GROUP')")
    public Page<SteeringGroupSummary> search(String search, boolean archived, Pageable pageable) {
        return repository.search(search == null ? "" : search.strip(), archived, pageable).map(SteeringGroups::summary);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICIAL', 'DECISION_MAKER', 'STEERING_GROUP')")
    public Optional<SteeringGroupSummary> find(long id) {
        return repository.findById(id).map(SteeringGroups::summary);
    }

    /** The programmes a group may govern, or empty when no module offers programmes. */
    public Optional<List<GovernedProgrammes.Option>> programmeChoices() {
        return Optional.ofNullable(programmes.getIfAvailable()).map(GovernedProgrammes::programmes);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public SteeringGroupSummary create(SteeringGroupForm form) {
        validate(form);
        SteeringGroup group = new SteeringGroup();
        apply(form, group);
        return summary(repository.saveAndFlush(group));
    }

    /**
     * Saves the group; when its members changed, {@link SteeringGroupMembersChanged} tells the
     * modules that hold work for members (open votes) in the same transaction.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public SteeringGroupSummary update(long id, SteeringGroupForm form) {
        SteeringGroup group = repository.findById(id).orElseThrow(() -> new DomainException("notFound"));
        group.requireVersion(form.getVersion());
        validate(form);
        List<SteeringGroupMember> before = List.copyOf(group.getMembers());
        apply(form, group);
        SteeringGroupSummary saved = summary(repository.saveAndFlush(group));
        if (!before.equals(saved.members())) {
            events.publishEvent(new SteeringGroupMembersChanged(id));
        }
        return saved;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void archive(long id, boolean archived) {
        repository.findById(id).orElseThrow(() -> new DomainException("notFound")).setArchived(archived);
    }

    private void validate(SteeringGroupForm form) {
        Validator validator = new Validator()
                .requiredText("nameFi", form.getNameFi(), Validator.NAME_MAX)
                .requiredText("nameSv", form.getNameSv(), Validator.NAME_MAX)
                .maxLength("nameEn", form.getNameEn(), Validator.NAME_MAX)
                .required("termStart", form.getTermStart())
                .required("termEnd", form.getTermEnd())
                .required("quorumPercent", form.getQuorumPercent())
                .required("rotationStartYear", form.getRotationStartYear());
        validator.check(form.getLanguage() != null && Users.LOCALES.contains(form.getLanguage()),
                "language", "steeringGroup.language.unknown");
        validateGoverned(form, validator);
        if (form.getTermStart() != null && form.getTermEnd() != null) {
            validator.check(form.getTermEnd().isAfter(form.getTermStart()), "termEnd", "steeringGroup.termEndBeforeStart");
        }
        if (form.getQuorumPercent() != null) {
            validator.check(form.getQuorumPercent() >= 0 && form.getQuorumPercent() <= 100,
                    "quorumPercent", "steeringGroup.range", 0, 100);
        }
        if (form.getRotationStartYear() != null) {
            int year = form.getRotationStartYear();
            validator.check(year >= MIN_YEAR && year <= MAX_YEAR, "rotationStartYear", "steeringGroup.range",
                    String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR));
        }
        List<MemberCategory> rotation = form.getChairRotation() == null ? List.of() : form.getChairRotation();
        validator.check(!rotation.isEmpty() && rotation.stream().allMatch(Objects::nonNull),
                "chairRotation", "steeringGroup.rotationRequired");
        // Each category takes its turn once per round; a repeat would make "whose turn" ambiguous to read.
        validator.check(rotation.stream().distinct().count() == rotation.size(),
                "chairRotation", "steeringGroup.rotationRepeats");
        validateMembers(form.getMembers() == null ? List.of() : form.getMembers(), validator);
        validator.throwIfInvalid();
    }

    /** A group governs exactly one thing, so that its approvals have one owner. */
    private void validateGoverned(SteeringGroupForm form, Validator validator) {
        boolean network = form.getNetworkId() != null;
        boolean programme = form.getProgrammeId() != null;
        if (network == programme) {
            validator.reject("networkId", "steeringGroup.networkOrProgramme");
            return;
        }
        if (network && !networks.existsById(form.getNetworkId())) {
            validator.reject("networkId", "steeringGroup.unknownNetwork");
        }
        // Without a module that offers programmes none can be chosen (and the database would refuse an unknown id).
        if (programme) {
            List<GovernedProgrammes.Option> choices = programmeChoices().orElse(List.of());
            validator.check(choices.stream().anyMatch(choice -> choice.id() == form.getProgrammeId()),
                    "programmeId", "steeringGroup.unknownProgramme");
        }
    }

    private void validateMembers(List<SteeringGroupMember> members, Validator validator) {
        Set<Long> knownOrganisations = new HashSet<>();
        organisations.findAllById(members.stream().filter(Objects::nonNull).map(SteeringGroupMember::organisationId)
                .filter(Objects::nonNull).toList()).forEach(organisation -> knownOrganisations.add(organisation.getId()));
        Set<String> names = new HashSet<>();
        Set<Long> userIds = new HashSet<>();
        for (int row = 0; row < members.size(); row++) {
            SteeringGroupMember member = members.get(row);
            if (member == null || member.personName() == null || member.personName().isBlank()
                    || member.organisationId() == null || member.category() == null) {
                validator.reject("members", "steeringGroup.member.incomplete", row + 1);
                continue;
            }
            String name = member.personName().strip();
            validator.check(name.length() <= Validator.NAME_MAX, "members", "steeringGroup.member.tooLong", name);
            validator.check(knownOrganisations.contains(member.organisationId()),
                    "members", "steeringGroup.member.unknownOrganisation", name);
            if (member.email() != null && !member.email().isBlank()) {
                validator.check(EMAIL.matcher(member.email().strip()).matches() && member.email().length() <= Validator.NAME_MAX,
                        "members", "steeringGroup.member.emailFormat", name);
            }
            if (member.userId() != null) {
                validator.check(users.find(member.userId()).isPresent(), "members", "steeringGroup.member.unknownUser", name);
            }
            boolean repeated = !names.add(name.toLowerCase(Locale.ROOT))
                    || (member.userId() != null && !userIds.add(member.userId()));
            validator.check(!repeated, "members", "steeringGroup.member.duplicate", name);
        }
    }

    private static void apply(SteeringGroupForm form, SteeringGroup group) {
        group.setName(new TranslatedName(form.getNameFi(), form.getNameSv(), form.getNameEn()));
        group.setNetworkId(form.getNetworkId());
        group.setProgrammeId(form.getProgrammeId());
        group.setTermStart(form.getTermStart());
        group.setTermEnd(form.getTermEnd());
        group.setQuorumPercent(form.getQuorumPercent());
        group.setChairBreaksTies(form.isChairBreaksTies());
        group.setChairMayDecideWithoutQuorum(form.isChairMayDecideWithoutQuorum());
        group.setVotesSecretUntilVoted(form.isVotesSecretUntilVoted());
        group.setLanguage(form.getLanguage());
        group.setChairRotation(form.getChairRotation());
        group.setRotationStartYear(form.getRotationStartYear());
        group.setMembers(form.getMembers().stream().map(SteeringGroups::tidy).toList());
    }

    private static SteeringGroupMember tidy(SteeringGroupMember member) {
        String email = member.email() == null || member.email().isBlank() ? null : member.email().strip();
        return new SteeringGroupMember(member.personName().strip(), email, member.userId(), member.organisationId(),
                member.category());
    }

    static SteeringGroupSummary summary(SteeringGroup group) {
        return new SteeringGroupSummary(group.getId(), group.getName(), group.getNetworkId(), group.getProgrammeId(),
                group.getTermStart(), group.getTermEnd(),
                new DecisionRule(group.getQuorumPercent(), group.isChairBreaksTies(),
                        group.isChairMayDecideWithoutQuorum(), group.isVotesSecretUntilVoted()),
                new ChairRotation(group.getChairRotation(), group.getRotationStartYear()), group.getMembers(),
                group.getLanguage(), group.isArchived(), group.getVersion());
    }
}
