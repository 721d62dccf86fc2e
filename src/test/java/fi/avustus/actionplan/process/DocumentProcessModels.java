package fi.avustus.actionplan.process;

import fi.avustus.actionplan.process.DocumentProcesses.Beans;
import fi.avustus.actionplan.process.DocumentProcesses.Elements;
import fi.avustus.actionplan.process.DocumentProcesses.Key;
import fi.avustus.actionplan.process.DocumentProcesses.Variables;
import fi.avustus.approval.SteeringGroupApprovalProcess;
import fi.avustus.security.Roles;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The template of processes/action-plan.bpmn, financial-plan.bpmn and annual-report.bpmn: a
 * submitted version goes to the steering-group approval; approved, it becomes the baseline;
 * otherwise the coordinator revises and submits a new version, which goes round again.
 */
final class DocumentProcessModels {

    static final String REVISION_FORM = "document-revision";

    private static final List<String> PASSED_IN = List.of(Variables.DOCUMENT_TYPE, Variables.DOCUMENT_ID,
            Variables.DOCUMENT_VERSION_ID, Variables.STEERING_GROUP_ID, Variables.ROUND_DEADLINE, Variables.SUBMITTED_BY);
    private static final List<String> READ_OUT = List.of(Variables.APPROVAL_OUTCOME, Variables.APPROVAL_ROUND_ID);

    private static final String TEMPLATE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="{key}-definitions" targetNamespace="http://avustus.fi/bpmn" exporter="Avustus" exporterVersion="0.1.0">
              <process id="{key}" name="{name}" isExecutable="true" camunda:historyTimeToLive="1825">
                <documentation>{name} of a network for a year. Generated from DocumentProcessModels (test sources): edit the template there, not this file.</documentation>
                <startEvent id="{submitted}" name="Version submitted">
                  <outgoing>flowToRound</outgoing>
                </startEvent>
                <exclusiveGateway id="{joinRound}" name="">
                  <incoming>flowToRound</incoming>
                  <incoming>flowRevised</incoming>
                  <outgoing>flowToApproval</outgoing>
                </exclusiveGateway>
                <callActivity id="{approval}" name="Steering-group approval" calledElement="{approvalKey}" camunda:calledElementBinding="latest">
                  <extensionElements>
                    <camunda:in businessKey="#{execution.processBusinessKey}" />
            {mappings}
                  </extensionElements>
                  <incoming>flowToApproval</incoming>
                  <outgoing>flowToOutcome</outgoing>
                </callActivity>
                <exclusiveGateway id="{outcome}" name="Outcome?">
                  <incoming>flowToOutcome</incoming>
                  <outgoing>flowApproved</outgoing>
                  <outgoing>flowNotApproved</outgoing>
                </exclusiveGateway>
                <serviceTask id="{markApproved}" name="Mark the approved baseline and tell the coordinator" camunda:delegateExpression="${{markApprovedBean}}">
                  <incoming>flowApproved</incoming>
                  <outgoing>flowToApproved</outgoing>
                </serviceTask>
                <endEvent id="{approved}" name="Approved">
                  <incoming>flowToApproved</incoming>
                </endEvent>
                <serviceTask id="{returnForRevision}" name="Return for revision" camunda:delegateExpression="${{returnBean}}">
                  <incoming>flowNotApproved</incoming>
                  <outgoing>flowToRevise</outgoing>
                </serviceTask>
                <userTask id="{revise}" name="Revise and submit a new version" camunda:candidateGroups="{applicants}" camunda:formRef="{form}" camunda:formRefBinding="latest">
                  <incoming>flowToRevise</incoming>
                  <outgoing>flowRevised</outgoing>
                </userTask>
                <sequenceFlow id="flowToRound" sourceRef="{submitted}" targetRef="{joinRound}" />
                <sequenceFlow id="flowToApproval" sourceRef="{joinRound}" targetRef="{approval}" />
                <sequenceFlow id="flowToOutcome" sourceRef="{approval}" targetRef="{outcome}" />
                <sequenceFlow id="flowApproved" name="approved" sourceRef="{outcome}" targetRef="{markApproved}">
                  <conditionExpression>${{outcomeVariable} == 'APPROVED'}</conditionExpression>
                </sequenceFlow>
                <sequenceFlow id="flowToApproved" sourceRef="{markApproved}" targetRef="{approved}" />
                <sequenceFlow id="flowNotApproved" name="changes requested or sent back" sourceRef="{outcome}" targetRef="{returnForRevision}">
                  <conditionExpression>${{outcomeVariable} == 'CHANGES_REQUESTED' || {outcomeVariable} == 'SENT_BACK'}</conditionExpression>
                </sequenceFlow>
                <sequenceFlow id="flowToRevise" sourceRef="{returnForRevision}" targetRef="{revise}" />
                <sequenceFlow id="flowRevised" sourceRef="{revise}" targetRef="{joinRound}" />
              </process>
              <bpmndi:BPMNDiagram id="{key}-diagram">
                <bpmndi:BPMNPlane id="{key}-plane" bpmnElement="{key}">
                  <bpmndi:BPMNShape id="{submitted}-shape" bpmnElement="{submitted}">
                    <dc:Bounds x="152" y="202" width="36" height="36" />
                    <bpmndi:BPMNLabel>
                      <dc:Bounds x="130" y="245" width="80" height="27" />
                    </bpmndi:BPMNLabel>
                  </bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="{joinRound}-shape" bpmnElement="{joinRound}" isMarkerVisible="true">
                    <dc:Bounds x="245" y="195" width="50" height="50" />
                  </bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="{approval}-shape" bpmnElement="{approval}">
                    <dc:Bounds x="350" y="180" width="100" height="80" />
                  </bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="{outcome}-shape" bpmnElement="{outcome}" isMarkerVisible="true">
                    <dc:Bounds x="505" y="195" width="50" height="50" />
                    <bpmndi:BPMNLabel>
                      <dc:Bounds x="505" y="165" width="50" height="14" />
                    </bpmndi:BPMNLabel>
                  </bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="{markApproved}-shape" bpmnElement="{markApproved}">
                    <dc:Bounds x="640" y="180" width="100" height="80" />
                  </bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="{approved}-shape" bpmnElement="{approved}">
                    <dc:Bounds x="802" y="202" width="36" height="36" />
                    <bpmndi:BPMNLabel>
                      <dc:Bounds x="796" y="245" width="48" height="14" />
                    </bpmndi:BPMNLabel>
                  </bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="{returnForRevision}-shape" bpmnElement="{returnForRevision}">
                    <dc:Bounds x="480" y="330" width="100" height="80" />
                  </bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="{revise}-shape" bpmnElement="{revise}">
                    <dc:Bounds x="220" y="330" width="100" height="80" />
                  </bpmndi:BPMNShape>
                  <bpmndi:BPMNEdge id="flowToRound-edge" bpmnElement="flowToRound">
                    <di:waypoint x="188" y="220" />
                    <di:waypoint x="245" y="220" />
                  </bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge id="flowToApproval-edge" bpmnElement="flowToApproval">
                    <di:waypoint x="295" y="220" />
                    <di:waypoint x="350" y="220" />
                  </bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge id="flowToOutcome-edge" bpmnElement="flowToOutcome">
                    <di:waypoint x="450" y="220" />
                    <di:waypoint x="505" y="220" />
                  </bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge id="flowApproved-edge" bpmnElement="flowApproved">
                    <di:waypoint x="555" y="220" />
                    <di:waypoint x="640" y="220" />
                    <bpmndi:BPMNLabel>
                      <dc:Bounds x="568" y="200" width="50" height="14" />
                    </bpmndi:BPMNLabel>
                  </bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge id="flowToApproved-edge" bpmnElement="flowToApproved">
                    <di:waypoint x="740" y="220" />
                    <di:waypoint x="802" y="220" />
                  </bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge id="flowNotApproved-edge" bpmnElement="flowNotApproved">
                    <di:waypoint x="530" y="245" />
                    <di:waypoint x="530" y="330" />
                    <bpmndi:BPMNLabel>
                      <dc:Bounds x="540" y="270" width="90" height="40" />
                    </bpmndi:BPMNLabel>
                  </bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge id="flowToRevise-edge" bpmnElement="flowToRevise">
                    <di:waypoint x="480" y="370" />
                    <di:waypoint x="320" y="370" />
                  </bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge id="flowRevised-edge" bpmnElement="flowRevised">
                    <di:waypoint x="270" y="330" />
                    <di:waypoint x="270" y="245" />
                  </bpmndi:BPMNEdge>
                </bpmndi:BPMNPlane>
              </bpmndi:BPMNDiagram>
            </definitions>
            """;

    private DocumentProcessModels() {
    }

    static String model(Key key) {
        String mappings = PASSED_IN.stream().map(variable -> mapping("in", variable))
                .collect(Collectors.joining("\n")) + "\n"
                + READ_OUT.stream().map(variable -> mapping("out", variable)).collect(Collectors.joining("\n"));
        Map<String, String> values = Map.ofEntries(
                Map.entry("key", key.processKey()),
                Map.entry("name", key.processName()),
                Map.entry("mappings", mappings),
                Map.entry("approvalKey", SteeringGroupApprovalProcess.KEY),
                Map.entry("submitted", Elements.SUBMITTED),
                Map.entry("joinRound", Elements.JOIN_ROUND),
                Map.entry("approval", Elements.APPROVAL),
                Map.entry("outcome", Elements.OUTCOME),
                Map.entry("markApproved", Elements.MARK_APPROVED),
                Map.entry("approved", Elements.APPROVED),
                Map.entry("returnForRevision", Elements.RETURN_FOR_REVISION),
                Map.entry("revise", Elements.REVISE),
                Map.entry("markApprovedBean", Beans.MARK_APPROVED),
                Map.entry("returnBean", Beans.RETURN_FOR_REVISION),
                Map.entry("outcomeVariable", Variables.APPROVAL_OUTCOME),
                Map.entry("applicants", Roles.APPLICANT),
                Map.entry("form", REVISION_FORM));
        String model = TEMPLATE;
        for (Map.Entry<String, String> value : values.entrySet()) {
            model = model.replace("{" + value.getKey() + "}", value.getValue());
        }
        return model;
    }

    private static String mapping(String direction, String variable) {
        return "        <camunda:" + direction + " source=\"" + variable + "\" target=\"" + variable + "\" />";
    }
}
