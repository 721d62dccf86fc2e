-- Every foreign key gets an index that leads with its column. Child rows are read by their
-- owner: an application's budget lines, objectives and activities, a decision's cost lines and
-- instalments, and so on. The element-collection tables' primary keys lead with "position", so
-- reading one owner's rows scanned the whole table: at 50 000 applications each application
-- page read 100 000 budget-line rows. Collections keep their order in the index.
create index ix_application_activity_application_id on avustus.application_activity (application_id, position);
create index ix_application_budget_line_application_id on avustus.application_budget_line (application_id, position);
create index ix_application_objective_application_id on avustus.application_objective (application_id, position);
create index ix_application_partner_application_id on avustus.application_partner (application_id, position);
create index ix_application_partner_organisation_id on avustus.application_partner (organisation_id);
create index ix_approval_meeting_item_round_id on avustus.approval_meeting_item (round_id);
create index ix_assessment_call_id on avustus.assessment (call_id);
create index ix_assessment_score_assessment_id on avustus.assessment_score (assessment_id, position);
create index ix_call_criterion_call_id on avustus.call_criterion (call_id, position);
create index ix_change_request_organisation_id on avustus.change_request (organisation_id);
create index ix_decision_call_id on avustus.decision (call_id);
create index ix_decision_cost_line_decision_id on avustus.decision_cost_line (decision_id, position);
create index ix_decision_instalment_decision_id on avustus.decision_instalment (decision_id, position);
create index ix_decision_interim_report_decision_id on avustus.decision_interim_report (decision_id, position);
create index ix_decision_organisation_id on avustus.decision (organisation_id);
create index ix_mail_outbox_user_message_id on avustus.mail_outbox (user_message_id);
create index ix_network_coordinator_id on avustus.network (coordinator_id);
create index ix_network_keyword_network_id on avustus.network_keyword (network_id, position);
create index ix_network_member_network_id on avustus.network_member (network_id, position);
create index ix_payment_account_organisation_id on avustus.payment_account (organisation_id);
create index ix_plan_document_approved_version_id on avustus.plan_document (approved_version_id);
create index ix_programme_funder_id on avustus.programme (funder_id);
create index ix_programme_theme_programme_id on avustus.programme_theme (programme_id, position);
create index ix_project_budget_line_project_id on avustus.project_budget_line (project_id, position);
create index ix_project_call_id on avustus.project (call_id);
create index ix_project_interim_report_project_id on avustus.project_interim_report (project_id, position);
create index ix_recovery_settlement_claim_id on avustus.recovery_settlement (claim_id);
create index ix_recovery_settlement_organisation_id on avustus.recovery_settlement (organisation_id);
create index ix_steering_group_chair_rotation_steering_group_id on avustus.steering_group_chair_rotation (steering_group_id, position);
create index ix_steering_group_member_organisation_id on avustus.steering_group_member (organisation_id);
create index ix_steering_group_member_steering_group_id on avustus.steering_group_member (steering_group_id, position);
create index ix_steering_group_member_user_id on avustus.steering_group_member (user_id);
create index ix_steering_group_network_id on avustus.steering_group (network_id);
create index ix_steering_group_programme_id on avustus.steering_group (programme_id);
create index ix_user_account_organisation_organisation_id on avustus.user_account_organisation (organisation_id);
