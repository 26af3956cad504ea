// Round 28 (acc28-process): shapes of long Item 1C paragraphs read from test/accuracy/paraphrases/round28.process.json,
// each judged alone as the one paragraph of a draft. The near misses that pin a change fail at base 43467d2; the
// positives beside them are guards that held at base and must still hold.
import { describe } from "vitest";
import { testShapes } from "./shape-table.js";

describe("round 28 process shapes", () => {
  testShapes([
    {
      element: "processes",
      shape: "a report that covers its topics after the presenter (sentence-processes-report-topics)",
      yes: ["We conduct penetration tests of our applications twice a year and remediate the findings."],
      no: [
        "At those meetings our Chief Information Security Officer, Dana Holloway, presents a report that covers the threat landscape, the results of our annual risk assessment and of penetration tests, and any incidents.",
        "Each quarter the CISO delivers a written update which includes the results of vulnerability scans and phishing simulations.",
      ],
    },
    {
      element: "processes",
      shape: "threat actors as the subject: the threat described (sentence-caveat)",
      yes: ["Threat actors that target our network are tracked by our security team through threat intelligence feeds."],
      no: [
        "Threat actors increasingly use artificial intelligence to craft convincing phishing messages.",
        "Attackers now combine phishing with attacks on multi-factor authentication.",
      ],
    },
    {
      element: "processes",
      shape: "a vendor's own certifications (sentence-vendor-own)",
      yes: ["Our cloud providers hold ISO/IEC 27001 certifications, and we review their SOC 2 Type II reports each year."],
      no: [
        "These providers maintain their own information security programs, and each of them holds ISO/IEC 27001 certification and publishes SOC 2 Type II reports issued by independent auditors.",
        "Our payroll provider holds ISO/IEC 27001 certification.",
      ],
    },
    {
      element: "third-party-engaged",
      shape: "a vendor's own attestations are not our engagement (sentence-vendor-own)",
      yes: ["We engage an independent audit firm to examine our controls and issue a SOC 2 Type II report to our customers."],
      no: [
        "These providers maintain their own information security programs, and each of them holds ISO/IEC 27001 certification and publishes SOC 2 Type II reports issued by independent auditors.",
      ],
    },
    {
      element: "processes",
      shape: "disclosure controls and procedures (element-processes not)",
      yes: ["We maintain policies and procedures designed to identify and contain cybersecurity incidents."],
      no: [
        "We maintain disclosure controls and procedures designed to ensure that information we are required to disclose in the reports we file with the SEC is recorded, processed, summarized and reported on time.",
      ],
    },
    {
      element: "third-party-engaged",
      shape: "a firm named by its trade as the one that assesses",
      yes: [
        "Each year a consulting firm assesses our controls against the CIS Critical Security Controls and reports its findings to the CFO.",
        "An industrial control system security firm assesses a sample of our terminals each year.",
      ],
      no: ["Our consulting business assesses the security of clients' networks."],
    },
    {
      element: "third-party-oversight",
      shape: "a firm reporting its own findings is no back-reference to a provider (sentence-third-party-oversight-back not)",
      yes: ["We rely on a payroll provider to hold employee records. We review its SOC 1 report each year."],
      no: [
        "A managed security services provider monitors our firewalls and notifies the IT Manager of any alert. Each year a consulting firm assesses our controls against the CIS Critical Security Controls and reports its findings and recommended priorities to the CFO, who reviews the remediation plan.",
      ],
    },
    {
      element: "incident-escalation",
      shape: "our vendor risk team is no vendor giving notice (element-incident-escalation-not-giver not)",
      yes: [
        "When a supplier reports a security incident, the vendor risk team assesses the effect on us and escalates the matter to the CISO under our incident response plan.",
      ],
      no: ["Our suppliers must notify us of any security incident affecting our data within 72 hours."],
    },
    {
      element: "incident-escalation",
      shape: "a business \"at risk\" is no cyber topic (sentence-incident-escalation-not-cyber)",
      yes: ["Security incidents that put customer data at risk are escalated to the Chief Operating Officer."],
      no: [
        "Service failures that affect a major customer are escalated by the account team to the regional vice president and, if the customer's business is at risk, to the Chief Operating Officer, who decides whether to offer service credits.",
      ],
    },
    {
      element: "processes",
      shape: "a regulator's or a government's own guidance names a framework (sentence-insurer-regulator, now also a processes except)",
      yes: ["Our program is aligned with the NIST Cybersecurity Framework."],
      no: [
        "Government agencies have issued guidance for operators of critical infrastructure, including the NIST Cybersecurity Framework.",
        "Federal regulators have issued guidance that expects banks to maintain programs aligned with the FFIEC Cybersecurity Assessment Tool.",
      ],
    },
    {
      element: "incident-disclosure",
      shape: "laws' own notification requirements (sentence-insurer-regulator)",
      yes: ["We notify affected individuals and regulators of breaches of personal data as required by law."],
      no: ["Many of these laws include breach notification requirements, and they continue to change."],
    },
  ]);
});
