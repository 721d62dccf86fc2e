package fi.avustus.organisation;

import java.util.ArrayList;
import java.util.List;

/** The editable fields of a network. */
public class NetworkForm {

    private String nameFi = "";
    private String nameSv = "";
    private String nameEn = "";
    private Long coordinatorId;
    private String description = "";
    private List<String> keywords = new ArrayList<>();
    private List<NetworkMember> members = new ArrayList<>();
    private long version;

    public static NetworkForm of(NetworkSummary network) {
        NetworkForm form = new NetworkForm();
        form.nameFi = network.name().fi();
        form.nameSv = orEmpty(network.name().sv());
        form.nameEn = orEmpty(network.name().en());
        form.coordinatorId = network.coordinatorId();
        form.description = orEmpty(network.description());
        form.keywords = new ArrayList<>(network.keywords());
        form.members = new ArrayList<>(network.members());
        form.version = network.version();
        return form;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
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

    public Long getCoordinatorId() {
        return coordinatorId;
    }

    public void setCoordinatorId(Long coordinatorId) {
        this.coordinatorId = coordinatorId;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<String> getKeywords() {
        return keywords;
    }

    public void setKeywords(List<String> keywords) {
        this.keywords = keywords;
    }

    public List<NetworkMember> getMembers() {
        return members;
    }

    public void setMembers(List<NetworkMember> members) {
        this.members = members;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
