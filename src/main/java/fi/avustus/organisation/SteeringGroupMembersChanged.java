package fi.avustus.organisation;

/**
 * A steering group's members changed (someone joined, left or was edited), published in the
 * transaction that saved the group: work waiting for a member who left can be withdrawn.
 */
public record SteeringGroupMembersChanged(long steeringGroupId) {
}
