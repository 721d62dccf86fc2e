package fi.avustus.organisation.internal;

import fi.avustus.organisation.MemberCategory;
import fi.avustus.organisation.SteeringGroupMember;
import fi.avustus.shared.AuditedEntity;
import fi.avustus.shared.TranslatedName;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;

@Entity
@Audited
@Table(name = "steering_group")
public class SteeringGroup extends AuditedEntity {

    @Embedded
    private TranslatedName name;

    @Column(name = "network_id")
    private Long networkId;

    @Column(name = "programme_id")
    private Long programmeId;

    @Column(name = "term_start", nullable = false)
    private LocalDate termStart;

    @Column(name = "term_end", nullable = false)
    private LocalDate termEnd;

    @Column(name = "quorum_percent", nullable = false)
    private int quorumPercent;

    @Column(name = "chair_breaks_ties", nullable = false)
    private boolean chairBreaksTies;

    @Column(name = "chair_may_decide_without_quorum", nullable = false)
    private boolean chairMayDecideWithoutQuorum;

    @Column(name = "votes_secret_until_voted", nullable = false)
    private boolean votesSecretUntilVoted;

    @Column(name = "language", nullable = false)
    private String language = "fi";

    @Column(name = "rotation_start_year", nullable = false)
    private int rotationStartYear;

    private boolean archived;

    @ElementCollection
    @CollectionTable(name = "steering_group_member", joinColumns = @JoinColumn(name = "steering_group_id"))
    @OrderColumn(name = "position")
    private List<SteeringGroupMember> members = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "steering_group_chair_rotation", joinColumns = @JoinColumn(name = "steering_group_id"))
    @OrderColumn(name = "position")
    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false)
    private List<MemberCategory> chairRotation = new ArrayList<>();

    public TranslatedName getName() {
        return name;
    }

    public void setName(TranslatedName name) {
        this.name = name;
    }

    public Long getNetworkId() {
        return networkId;
    }

    public void setNetworkId(Long networkId) {
        this.networkId = networkId;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    public LocalDate getTermStart() {
        return termStart;
    }

    public void setTermStart(LocalDate termStart) {
        this.termStart = termStart;
    }

    public LocalDate getTermEnd() {
        return termEnd;
    }

    public void setTermEnd(LocalDate termEnd) {
        this.termEnd = termEnd;
    }

    public int getQuorumPercent() {
        return quorumPercent;
    }

    public void setQuorumPercent(int quorumPercent) {
        this.quorumPercent = quorumPercent;
    }

    public boolean isChairBreaksTies() {
        return chairBreaksTies;
    }

    public void setChairBreaksTies(boolean chairBreaksTies) {
        this.chairBreaksTies = chairBreaksTies;
    }

    public boolean isChairMayDecideWithoutQuorum() {
        return chairMayDecideWithoutQuorum;
    }

    public void setChairMayDecideWithoutQuorum(boolean chairMayDecideWithoutQuorum) {
        this.chairMayDecideWithoutQuorum = chairMayDecideWithoutQuorum;
    }

    public boolean isVotesSecretUntilVoted() {
        return votesSecretUntilVoted;
    }

    public void setVotesSecretUntilVoted(boolean votesSecretUntilVoted) {
        this.votesSecretUntilVoted = votesSecretUntilVoted;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public int getRotationStartYear() {
        return rotationStartYear;
    }

    public void setRotationStartYear(int rotationStartYear) {
        this.rotationStartYear = rotationStartYear;
    }

    public boolean isArchived() {
        return archived;
    }

    public void setArchived(boolean archived) {
        this.archived = archived;
    }

    public List<SteeringGroupMember> getMembers() {
        return members;
    }

    public void setMembers(List<SteeringGroupMember> members) {
        this.members.clear();
        this.members.addAll(members);
    }

    public List<MemberCategory> getChairRotation() {
        return chairRotation;
    }

    public void setChairRotation(List<MemberCategory> chairRotation) {
        this.chairRotation.clear();
        this.chairRotation.addAll(chairRotation);
    }
}
