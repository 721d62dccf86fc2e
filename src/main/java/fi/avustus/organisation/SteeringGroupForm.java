package fi.avustus.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The editable fields of a steering group. */
public class SteeringGroupForm {

    /** Majority of members present is the usual rule for Finnish cooperation groups. */
    public static final int DEFAULT_QUORUM_PERCENT = 50;

    private String nameFi = "";
    private String nameSv = "";
    private String nameEn = "";
    private Long networkId;
    private Long programmeId;
    private LocalDate termStart;
    private LocalDate termEnd;
    private Integer quorumPercent = DEFAULT_QUORUM_PERCENT;
    private boolean chairBreaksTies = true;
    private boolean chairMayDecideWithoutQuorum;
    private boolean votesSecretUntilVoted;
    private String language = "fi";
    private List<MemberCategory> chairRotation = new ArrayList<>();
    private Integer rotationStartYear;
    private List<SteeringGroupMember> members = new ArrayList<>();
    private long version;

    public static SteeringGroupForm of(SteeringGroupSummary group) {
        SteeringGroupForm form = new SteeringGroupForm();
        form.nameFi = group.name().fi();
        form.nameSv = group.name().sv() == null ? "" : group.name().sv();
        form.nameEn = group.name().en() == null ? "" : group.name().en();
        form.networkId = group.networkId();
        form.programmeId = group.programmeId();
        form.termStart = group.termStart();
        form.termEnd = group.termEnd();
        form.quorumPercent = group.decisionRule().quorumPercent();
        form.chairBreaksTies = group.decisionRule().chairBreaksTies();
        form.chairMayDecideWithoutQuorum = group.decisionRule().chairMayDecideWithoutQuorum();
        form.votesSecretUntilVoted = group.decisionRule().votesSecretUntilVoted();
        form.language = group.language();
        form.chairRotation = new ArrayList<>(group.chairRotation().order());
        form.rotationStartYear = group.chairRotation().startYear();
        form.members = new ArrayList<>(group.members());
        form.version = group.version();
        return form;
    }

    public String getNameFi() {
        return nameFi;
    }

    public void setNameFi(String nameFi) {
        this.nameFi = nameFi;
    }

    public String getNameSv() {
        return nameSv;
    }

    public void setNameSv(String nameSv) {
        this.nameSv = nameSv;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
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

    public Integer getQuorumPercent() {
        return quorumPercent;
    }

    public void setQuorumPercent(Integer quorumPercent) {
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

    public List<MemberCategory> getChairRotation() {
        return chairRotation;
    }

    public void setChairRotation(List<MemberCategory> chairRotation) {
        this.chairRotation = chairRotation;
    }

    public Integer getRotationStartYear() {
        return rotationStartYear;
    }

    public void setRotationStartYear(Integer rotationStartYear) {
        this.rotationStartYear = rotationStartYear;
    }

    public List<SteeringGroupMember> getMembers() {
        return members;
    }

    public void setMembers(List<SteeringGroupMember> members) {
        this.members = members;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
