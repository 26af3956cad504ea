// Round 33 (acc33-engine): the clause reader on the errors round31.sealed.json made as untuned text (written blind in
// round 31, released as tuning data in round 33). For each class of misreading fixed, the failing sentence and variants
// of other wording or grammar of the same shape; cases not marked "still" fail at the round's base (d809cf7).
// Fictional sentences.
import { describe, expect, it } from "vitest";
import { both, told } from "./clause-roles.js";
import { paragraphElementsUnder } from "../helpers.js";

describe("'it' / 'they' after the coordinator of a later clause stands for the sentence's subject: a board told by pronoun", () => {
  it("round31.sealed: 'Our Board … has retained direct oversight …, and it receives a cybersecurity briefing at least twice a year'", () =>
    both(
      "Our Board of Directors has retained direct oversight of cybersecurity risk rather than delegating it to a committee, given the importance of the availability and integrity of our online services to our business, and it receives a cybersecurity briefing at least twice a year.",
      ["board-oversight", "board-committee", "board-informed"],
      ["reports-to-board"],
    ));
  it("a committee, and a passive: '…, and it is updated each quarter on significant threats …'", () =>
    both(
      "The Safety and Technology Committee of our Board oversees our cybersecurity risk management program, and it is updated each quarter on significant threats, the results of our testing and the status of remediation.",
      ["board-oversight", "board-committee", "board-informed"],
      ["reports-to-board"],
    ));
  it("'they' for a plural subject, far from its verb: '… Committee … oversees cybersecurity together with …, and they receive cybersecurity updates …'", () =>
    both(
      "The Compensation and Risk Committee of our Board oversees cybersecurity together with our other operational risks, including safety, environmental compliance and labor relations, and they receive cybersecurity updates at each regular meeting.",
      ["board-oversight", "board-committee", "board-informed"],
      [],
    ));
  it("'… oversees our enterprise risk management program, including cybersecurity …, and it is briefed twice a year on threats and incidents'", () =>
    both(
      "Our Nominating and Governance Committee oversees our enterprise risk management program, including cybersecurity, privacy and data protection, and it is briefed twice a year on threats and incidents.",
      ["board-oversight", "board-informed"],
      [],
    ));
  it("the receiver read is the sentence's subject, not the pronoun", () =>
    expect(told("The Risk Committee of our Board oversees our security program, and it is briefed each quarter on emerging threats.")).toContain(
      "briefed: - -> The Risk Committee of our Board [on emerging threats]",
    ));
  it("still: a receiver in its own clause with no giver read ('…, and, once they arise, delivering accounts of significant threats … to the Audit Committee') is left to the other conditions", () =>
    both(
      "Management is responsible for identifying and ranking cyber risks across our mills, keeping our written security policies current, testing the backups of our plant systems, and, once they arise, delivering accounts of significant threats and any material incidents to the Audit Committee of our Board of Directors.",
      [],
      ["board-informed"],
    ));
  it("still: the board told, but of finance only, is not board-informed", () =>
    both(
      "Our Board of Directors reviews our strategic plan and capital budget each year, and it receives a report from our Chief Financial Officer on liquidity, financing and our compliance with debt covenants.",
      [],
      ["board-informed", "reports-to-board"],
    ));
  it("still: after 'We …', 'it' is not the subject ('We maintain a plan, and it is reviewed …')", () =>
    expect(told("We maintain an incident response plan, and it is reviewed each year by our Chief Information Security Officer.").join(" ")).not.toContain("-> We"));
});

describe("the registrant as the vendor: the oversight belongs to its customer, bank or owner (neither processes nor vendor oversight)", () => {
  it("round31.sealed: '… we are ourselves a third-party service provider subject to those banks' vendor risk management programs …'", () =>
    both(
      "Because we service loans on behalf of two bank partners, we are ourselves a third-party service provider subject to those banks' vendor risk management programs, including their periodic due diligence questionnaires and on-site reviews of our operations.",
      [],
      ["processes", "third-party-oversight"],
    ));
  it("round31.sealed: 'Several of these contracts also require us to complete the owner's annual vendor security questionnaire …'", () =>
    both(
      "Several of these contracts also require us to complete the owner's annual vendor security questionnaire and to permit the owner to audit our operating practices.",
      [],
      ["processes", "third-party-oversight"],
    ));
  it("'Several of our shipper contracts require us to complete the customer's supplier cybersecurity assessment …'", () =>
    both(
      "Several of our shipper contracts require us to complete the customer's supplier cybersecurity assessment each year and to allow the customer's auditors to review how we protect the shipment data we hold for it.",
      [],
      ["processes", "third-party-oversight"],
    ));
  it("'As a processor, we are a service provider subject to our merchant banks' oversight …': another predicate noun", () =>
    both(
      "As a payment processor, we are a critical service provider subject to our sponsor banks' third-party oversight, including annual security questionnaires and on-site audits of our data centers.",
      [],
      ["processes", "third-party-oversight"],
    ));
  it("still: the roles the right way round ('We require each of our software vendors to complete a security questionnaire …')", () =>
    both(
      "We require each of our software vendors to complete a security questionnaire before we sign a contract, and we reassess the vendors with access to our train control network every year.",
      ["processes", "third-party-oversight"],
      [],
    ));
  it("still: 'Our contracts with key suppliers require them to notify us …, and we assess each supplier's controls …'", () =>
    both(
      "Our contracts with key suppliers require them to notify us of security incidents, and we assess each supplier's controls before onboarding.",
      ["processes", "third-party-oversight"],
      [],
    ));
});

describe("a materiality statement whose sentence (and the one before it) names no cybersecurity topic is no answer to 106(b)(2)", () => {
  it("round31.sealed: 'We do not believe that any single contract operations customer is material to our results of operations.'", () =>
    both("We do not believe that any single contract operations customer is material to our results of operations.", [], ["material-effect"]));
  it("'We do not believe that the loss of any single shipper … would be material …'", () =>
    both(
      "We do not believe that the loss of any single shipper or interline partner would be material to our results of operations, although our ten largest customers together accounted for 38% of our freight revenue in 2025.",
      [],
      ["material-effect"],
    ));
  it("'Management does not believe that the outcome of any pending legal proceeding will have a material effect …'", () =>
    both("Management does not believe that the outcome of any pending legal proceeding will have a material effect on our financial condition.", [], ["material-effect"]));
  it("'… any single supplier of rail cars whose loss we believe would be material …, and we do not believe our exposure to any one fuel vendor is material'", () =>
    both(
      "We have not identified any single supplier of rail cars whose loss we believe would be material to our operations, and we do not believe our exposure to any one fuel vendor is material.",
      [],
      ["material-effect"],
    ));
  it("still: 'We do not expect the costs of complying with the new … reporting rules to be material …'", () =>
    both(
      "We do not expect the costs of complying with the new positive train control reporting rules to be material to our financial condition or results of operations.",
      [],
      ["material-effect"],
    ));
  it("still: the subject is cybersecurity incidents", () =>
    both(
      "We have not experienced any cybersecurity incidents that have materially affected our business strategy, results of operations or financial condition.",
      ["material-effect"],
      [],
    ));
  it("still: 'none of them' points back to the sentence before, which names the attacks", () =>
    both("We face attempted attacks on our systems every day. To date, none of them has materially affected our results of operations or financial condition.", ["material-effect"], []));
  it("still: under a heading that names the topic, a sentence with no topic word answers", () =>
    expect(paragraphElementsUnder("Material Effects of Cybersecurity Risks", "To date, we have not been materially affected, and we do not expect to be.")).toContain("material-effect"));
});

describe("an incident response plan that only requires a legal duty to notify others to be assessed: disclosure, not processes or escalation (C7, C10)", () => {
  it("round31.sealed: '… our incident response plan requires the legal team to assess our notification obligations … and to notify affected players …'", () =>
    both(
      "If an incident compromises players' personal information, our incident response plan requires the legal team to assess our notification obligations under the data breach laws of each affected jurisdiction and to notify affected players, platform partners and regulators within the required time frames.",
      ["incident-disclosure"],
      ["processes", "incident-escalation"],
    ));
  it("'Under our incident response plan, the privacy team assesses our notification obligations to customers and regulators …'", () =>
    both(
      "Under our incident response plan, our privacy team assesses our notification obligations to customers and regulators whenever a breach involves personal data, and it sends the notices the law requires.",
      ["incident-disclosure"],
      ["processes", "incident-escalation"],
    ));
  it("still: a plan whose analysts notify the Director of incidents is an escalation path", () =>
    both(
      "Our incident response plan requires the analyst on duty to notify the Director of Information Security of any incident rated high, and the Director then informs the Chief Information Officer and the General Counsel.",
      ["incident-escalation", "management-informed"],
      [],
    ));
});

describe("the company's own product sold or licensed to customers: its security features and patches are no process of the company's", () => {
  it("round31.sealed: 'Several of our imaging systems are sold with an optional Secure Connect module, which … lets hospital IT teams apply our software patches …'", () =>
    both(
      "Several of our imaging systems are sold with an optional Secure Connect module, which encrypts patient data stored on the device, supports role-based user log-ins and lets hospital IT teams apply our software patches remotely, and sales of the module grew 18% in 2025.",
      [],
      ["processes"],
    ));
  it("round31.sealed: 'We also license Brightcairn Connect, …, and our license agreements require us to provide these customers with security patches …'", () =>
    both(
      "We also license Brightcairn Connect, including its account-security and anti-fraud modules, to eleven independent studios, which together accounted for 6% of our revenue in fiscal 2025, and our license agreements require us to provide these customers with security patches and release notes for the platform.",
      [],
      ["processes"],
    ));
  it("'…, and our license agreements require us to supply these customers with security patches …'", () =>
    both(
      "We also license our crew-scheduling software to four short-line railroads, and our license agreements require us to supply these customers with security patches and vulnerability notices for the software.",
      [],
      ["processes"],
    ));
  it("still: patching our own systems is a process", () =>
    both("We apply security patches to our dispatch servers and crew tablets within thirty days of release, or within seven days when a vulnerability is rated critical.", ["processes"], []));
  it("still: a service licensed from a provider that patches our firewalls is a process", () =>
    both("We license a security monitoring service from a managed provider, which watches our network around the clock and applies patches to our firewalls.", ["processes"], []));
});

describe("a sentence that opens by setting itself apart from the security program is about something else (physical security, emergency plans)", () => {
  it("round31.sealed: 'Separately from the cybersecurity program, our Emergency Management department maintains facility evacuation plans …'", () =>
    both(
      "Separately from the cybersecurity program, our Emergency Management department maintains facility evacuation plans, generator testing schedules and badge-access controls for each hospital campus and conducts tabletop exercises for severe weather, mass-casualty events and utility outages in coordination with local public health authorities.",
      [],
      ["processes"],
    ));
  it("'Separately from our cybersecurity program, our Police and Emergency Response department … conducts drills for derailments …'", () =>
    both(
      "Separately from our cybersecurity program, our Police and Emergency Response department maintains evacuation plans for each terminal, tests the backup generators at our dispatch center monthly and conducts drills for derailments, hazardous-material releases and floods.",
      [],
      ["processes"],
    ));
  it("'Apart from our information security program, our facilities team maintains business continuity plans …'", () =>
    both(
      "Apart from our information security program, our facilities team maintains business continuity plans for each plant, tests our emergency generators and runs evacuation drills twice a year.",
      [],
      ["processes"],
    ));
  it("still: 'In addition to our cybersecurity program, we conduct tabletop exercises of our incident response plan …' adds to it", () =>
    both("In addition to our cybersecurity program, we conduct tabletop exercises of our incident response plan with senior management each year.", ["processes"], []));
});

describe("'the program' whose antecedent, the sentence before, is a technology project: the committee's remit is the project (round 32's class K)", () => {
  it("round31.sealed: 'In 2024 we began a multi-year modernization of our technology platform … The program is governed by a Technology Transformation Committee …'", () =>
    both(
      "In 2024 we began a multi-year modernization of our technology platform, moving loan origination, servicing and collections to a cloud-based core system and retiring the mainframe applications we have used since 2006. The program is governed by a Technology Transformation Committee of senior management, chaired by our Chief Operating Officer, which approves the program's budget and sequencing, monitors vendor delivery against milestones and reports on progress to the Board each quarter. Security requirements for each migrated application are reviewed by our information security team before the application goes live.",
      [],
      ["management-role", "management-positions"],
    ));
  it("'In 2025 we began a phased replacement of our point-of-sale terminals … The program is governed by a steering committee …'", () =>
    both(
      "In 2025 we began a phased replacement of our point-of-sale terminals in all 240 stores, which we expect to finish next year. The program is governed by a steering committee of senior management, chaired by our Chief Financial Officer, which approves its budget and monitors the installer's progress against the schedule. Our information security team reviews each new terminal's configuration before it is installed.",
      [],
      ["management-role", "management-positions"],
    ));
  it("'Last year we began an upgrade of our ERP system … The program is overseen by a committee of senior executives …'", () =>
    both(
      "Last year we began an upgrade of our enterprise resource planning system to the vendor's hosted version, a technology project of about $20 million. The program is overseen by a committee of senior executives chaired by our Chief Operating Officer, which reviews the budget and schedule each month.",
      [],
      ["management-role", "management-positions"],
    ));
  it("still: 'the program' after the cybersecurity program is that program", () =>
    both(
      "Our cybersecurity program is led by our Chief Information Security Officer. The program is overseen by a Cybersecurity Steering Committee of senior management, chaired by our Chief Operating Officer, which reviews the program's risk assessments each quarter.",
      ["management-role", "management-positions"],
      [],
    ));
  it("still: the project's leader who also leads the cybersecurity program keeps the role", () =>
    both(
      "In 2023 we began a migration of our warehouse systems to a hosted data center. The program is led by our Chief Information Officer, who also leads our cybersecurity program and is responsible for assessing and managing cybersecurity risks.",
      ["management-role", "management-positions"],
      [],
    ));
});

// Round 33 (the lead, realistic set 20's shannonside): a condition's "could affect" made a sentence that escalates read as a
// risk-factor caveat, so its escalation path and disclosure were lost. A sentence that escalates is an activity.
describe("an escalation under a condition whose verb is 'could' is a path, not a caveat", () => {
  it("'Where an incident could affect …, it is escalated to …, which assesses its materiality … on Form 6-K'", () => {
    const found = paragraphElementsUnder(
      undefined,
      "Where an incident could affect flight-planning data, customer data or operations at a maintenance base, it is escalated to the Chief Information Officer and to an incident management team of senior officers, which assesses its materiality and decides whether it should be reported to the market, including on Form 6-K.",
    );
    expect(found).toEqual(expect.arrayContaining(["incident-escalation", "incident-disclosure"]));
  });
  it("'If an event could affect …, the on-call engineer escalates it to the CISO, who determines whether it is material'", () =>
    expect(
      paragraphElementsUnder(undefined, "If a security event could affect patient records, the on-call engineer escalates it to the Chief Information Security Officer, who determines whether it is material."),
    ).toContain("incident-escalation"));
  it("still a caveat: a risk sentence whose only escalation is a possibility", () =>
    expect(
      paragraphElementsUnder(undefined, "A cyberattack on one of our suppliers could affect our operations, and any such incident could require escalation to the Board."),
    ).not.toContain("incident-escalation"));
});
