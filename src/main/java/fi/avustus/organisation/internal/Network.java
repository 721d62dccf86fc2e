package fi.avustus.organisation.internal;

import fi.avustus.organisation.NetworkMember;
import fi.avustus.shared.AuditedEntity;
import fi.avustus.shared.TranslatedName;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;

@Entity
@Audited
@Table(name = "network")
public class Network extends AuditedEntity {

    @Embedded
    private TranslatedName name;

    @Column(name = "coordinator_id", nullable = false)
    private Long coordinatorId;

    @Column(length = 4000)
    private String description;

    private boolean archived;

    @ElementCollection
    @CollectionTable(name = "network_member", joinColumns = @JoinColumn(name = "network_id"))
    @OrderColumn(name = "position")
    private List<NetworkMember> members = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "network_keyword", joinColumns = @JoinColumn(name = "network_id"))
    @OrderColumn(name = "position")
    @Column(name = "keyword", nullable = false)
    private List<String> keywords = new ArrayList<>();

    public TranslatedName getName() {
        return name;
    }

    public void setName(TranslatedName name) {
        this.name = name;
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

    public boolean isArchived() {
        return archived;
    }

    public void setArchived(boolean archived) {
        this.archived = archived;
    }

    public List<NetworkMember> getMembers() {
        return members;
    }

    public void setMembers(List<NetworkMember> members) {
        this.members.clear();
        this.members.addAll(members);
    }

    public List<String> getKeywords() {
        return keywords;
    }

    public void setKeywords(List<String> keywords) {
        this.keywords.clear();
        this.keywords.addAll(keywords);
    }
}
