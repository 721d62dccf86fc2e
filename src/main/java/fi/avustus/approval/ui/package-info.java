/**
 * The approval screens (members' inbox, vote, chair's view, meetings) and the round panel that
 * a document page embeds (RoundPanel); the panel is the only part
 * other modules use.
 */
@org.springframework.modulith.NamedInterface("ui")
package fi.avustus.approval.ui;
