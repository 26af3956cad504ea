// Round 26 (acc26-engine): processes (106(b)(1)) read by the informing clause's roles. A process word
// in who informs, who is informed or what the information is about names the subject of a report
// ("updates the Audit Committee on … the results of penetration tests"); it states a process only
// where that role's words say the work is done ("… an assessment of our controls performed by an
// outside firm"), or where the clause states it outside its roles ("our internal audit function
// periodically tests our controls and reports its findings …"). requirements.json `exceptTold`,
// rules/lexicons/clause-process-doing.json, src/text/requirement-map.ts.
// Fictional sentences; the cases not marked "still" (guards against over-reach) fail at the round's
// base (98c5ace).
import { describe, expect, it } from "vitest";
import { findInforming } from "../../src/text/clauses.js";
import { tokenize } from "../../src/text/lexicon.js";
import { paragraphElements as elements } from "../helpers.js";

/** Each case is judged not to state a process (`label` before each title). */
function notProcesses(cases: string[], label = ""): void {
  it.each(cases)(`${label}%s`, (text) => {
    expect(elements(text)).not.toContain("processes");
  });
}

/** Each case is judged to state a process. */
function processes(cases: string[], label = "still: "): void {
  it.each(cases)(`${label}%s`, (text) => {
    expect(elements(text)).toContain("processes");
  });
}

describe("a process word that is what a report is about, or who gives it: not processes", () => {
  notProcesses([
    "Our Technology and Cybersecurity Committee (the “TCC”), a standing committee of the Board composed entirely of independent directors, oversees risks from cybersecurity threats. Our Chief Information Security Officer briefs the TCC at each of its regular meetings on the threat landscape and the results of our security testing.",
    "Our Information Risk Council (“IRC”), composed of our Chief Risk Officer, Chief Technology Officer and the heads of our business units, receives a monthly dashboard of security metrics, including phishing test results and vulnerabilities past their remediation deadline.",
    "Our CISO keeps the Chief Executive Officer informed of the results of our vulnerability scanning and the progress of remediation efforts.",
    "Our IT Steering Committee (the “ITSC”) meets quarterly, and the ITSC receives reports from our Director of Information Security on security incidents, vulnerability remediation and the results of penetration tests.",
  ]);
});

describe("a process stated in the clause that informs: processes", () => {
  processes([
    // the doer's own predicate, which the clause reader leaves in the giver
    "Our internal audit function periodically tests our cybersecurity controls and reports its findings to the Audit Committee.",
    "Our security team tests the restoration of our backups every quarter and reports any failed restoration to the Chief Information Officer.",
  ], "");
  processes([
    // what is reported has a predicate of its own: an outside firm performs the assessment
    "Our Chief Financial Officer and CISO review with the Audit Committee each year the findings of an independent assessment of our security controls performed by an outside firm.",
    "We engage an independent firm to perform a penetration test of our external systems each year, and our CISO reports the results to the Audit Committee.",
    // a program or a tool that escalates or alerts is the process itself: only what is told about is read
    "Our program includes controls and procedures to identify, classify and escalate certain cybersecurity incidents to provide management visibility.",
    "Our SIEM alerts the security operations team to anomalous logins.",
    // the means by which someone is informed is no topic
    "The CISO stays apprised of the cyber threat landscape through threat intelligence feeds and participation in industry information sharing groups.",
    // a finite "be" ends the topic: what follows is what the means are
    "Among the means by which our Chief Information Security Officer is informed about, and monitors, the prevention, detection, mitigation and remediation of incidents are tabletop exercises, vulnerability management, internal and external risk assessments and phishing simulations.",
    // "as part of" opens no topic
    "Employees are expected to report lost laptops and phishing attempts to the service desk as part of our security awareness program.",
  ]);
});

describe("telling the workforce is itself awareness work", () => {
  it("employees informed of phishing threats through newsletters and training", () => {
    const text = "Employees are informed of emerging phishing threats and recent attack techniques through monthly security newsletters.";
    expect(elements(text)).toContain("processes");
  });
});

describe("what a report or dashboard “that summarizes” is about", () => {
  const topics = (text: string) => findInforming(text, tokenize(text)).flatMap((r) => r.topics.map((t) => text.slice(t.start, t.end)));
  it("a relative “that” before a verb of content opens the topic", () => {
    const text = "At each regular meeting, management presents to the Board a cybersecurity dashboard that summarizes security awareness training completion rates and patching cadence.";
    expect(topics(text)).toContain("that summarizes security awareness training completion rates and patching cadence");
    expect(elements(text)).not.toContain("processes");
  });
  it("still: a “that” clause of another verb is not what is reported", () => {
    const text = "Our CISO reports to the Audit Committee that the program met its targets.";
    expect(topics(text).some((t) => t.startsWith("that"))).toBe(false);
  });
});

describe("what a board body oversees or reviews: not processes (src/text/clauses.ts oversightObjects)", () => {
  it.each([
    "The Security and Privacy Committee of the Board oversees the Company's information security and data privacy programs, including management's processes for identifying, assessing and mitigating cybersecurity risks.",
    "Our Risk Oversight Committee, each of whose members is an independent director, oversees risks from cybersecurity threats and reviews our incident response plan annually.",
    "Pursuant to its charter, the Risk Committee oversees the Company's information security program, business continuity plans and incident response plans.",
    // a match that runs from the subject into the verb
    "The Group's Supervisory Board monitors cyber risk through its Audit and Risk Committee, which is briefed by the Chief Digital Officer at every meeting.",
  ])("%s", (text) => {
    expect(elements(text)).not.toContain("processes");
    expect(elements(text)).toContain("board-oversight");
  });
  processes([
    // the board body is only an agent in an aside
    "Third-party assessors, selected by the Audit Committee, periodically review the design of our information security controls.",
    // a body of management reviews: its review is the work (round 25's test)
    "Our IT Steering Committee, made up of our Chief Information Officer and the heads of infrastructure and applications, reviews the results of our quarterly vulnerability scans.",
    // what is overseen is stated as done
    "The Data Privacy and Cybersecurity Committee reviews the penetration tests we conduct each year through an outside firm.",
  ]);
});

describe("an activity told as a noun with its own predicate: processes (element-processes)", () => {
  processes([
    "Identification of threats relies on a combination of commercial threat intelligence, endpoint telemetry and reports from our employees.",
    "Review of user access rights takes place quarterly for every system that holds customer data.",
    "Logging and monitoring of our cloud environments is automated, with alerts routed to an on-call analyst.",
  ], "");
  it("still: a materiality assessment of an incident is no process (the incident path)", () => {
    expect(elements("A materiality assessment of each significant incident is performed by a cross-functional committee of senior executives.")).not.toContain("processes");
  });
});

describe("a program we maintain, named with its aims only: not processes (C3, sentence-aims-only)", () => {
  it("“We maintain a … program designed to assess, identify and manage …”", () => {
    const text = "We maintain a cybersecurity risk management program designed to assess, identify and manage material risks from cybersecurity threats, and the Audit Committee oversees it.";
    expect(elements(text)).not.toContain("processes");
    expect(elements(text)).toContain("board-oversight");
  });
  it("still: a program with an activity", () => {
    expect(elements("We maintain a cybersecurity risk management program designed to identify threats, and we conduct annual penetration tests.")).toContain("processes");
  });
});

describe("a process word that names a party says who, not what is done", () => {
  notProcesses([
    "Communications regarding confirmed cybersecurity incidents are initiated by the security operations team to the executive leadership team.",
    // who identified the threats is named, not the work
    "Material threats identified by our security operations team are promptly communicated to our Chief Technology Officer.",
    "Our Director of Cyber Defense manages the security operations center.",
    "Under the plan, the Security Operations Center contacts the CISO and, for incidents that could affect operations, the Chief Executive Officer.",
  ]);
  processes([
    // the sentence says what the party does
    "Our security operations center correlates alerts from endpoint, network and cloud sources and opens an incident ticket for investigation.",
    "Alerts generated by our monitoring tools are triaged by analysts in our security operations center.",
    "Security monitoring is outsourced to a 24/7 security operations center run by our managed services partner.",
  ]);
});

describe("phishing named among threats is no process (element-processes)", () => {
  notProcesses([
    "The cybersecurity risks we face include ransomware, phishing, business email compromise and insider misuse of systems.",
    "Outside parties may attempt to gain unauthorized access to our systems through phishing or malware.",
    "Although we have been the target of cyberattacks, including phishing and ransomware attempts, these attacks have not resulted in a material impact to the Company.",
  ]);
  it("still: tools that monitor for phishing", () => {
    expect(elements("Our security tools continuously monitor for malware, phishing and unauthorized access.")).toContain("processes");
  });
});

describe("an incident response plan named for its notices, disclosures and referrals only (C7, sentence-plan-notifies)", () => {
  notProcesses([
    "Our incident response plan provides for notice to regulators, law enforcement and affected persons where required.",
    "Under our Incident Response Plan, incidents that may be material are referred to our Disclosure Committee, which determines whether disclosure is required.",
  ]);
  it("still: the plan's response work", () => {
    expect(elements("Our incident response plan sets out how we contain and investigate incidents and provides for notice to regulators where required.")).toContain("processes");
  });
});

describe("a managed detection and response provider named as a party", () => {
  notProcesses([
    "Our managed detection and response partner escalates confirmed threats to our internal security team around the clock.",
    "We leverage third-party expertise, including an incident response firm on retainer and a managed detection and response provider, to supplement our internal capabilities.",
  ]);
  processes([
    "We outsource our 24/7 security monitoring to a managed detection and response provider that watches our endpoints and cloud workloads.",
    // "and" that adds another party does not make the match a party's name
    "Fostering security awareness among our employees and business partners and assigning responsibilities among them.",
  ]);
});
