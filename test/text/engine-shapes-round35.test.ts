// Round 35 (acc35-engine): the clause reader on the errors round33.sealed.json made as untuned text (written blind in
// round 33, released as tuning data in round 35). For each class of misreading fixed, the failing sentence(s) and variants
// of other wording or grammar of the same shape; cases not marked "still" fail at the round's base (4064b85, checked in an
// extract of it).
// Fictional sentences.
import { describe, it } from "vitest";
import { both } from "./clause-roles.js";

describe("the registrant is the one overseen, in a later coordinated clause whose subject is another party (round 32 F, round 33 B, round 34 B: fourth time)", () => {
  it("round33.sealed: '… we must notify an affected client …, and several of our largest clients have the contractual right to audit our security controls once a year'", () =>
    both(
      "Under our master services agreements, we must notify an affected client within seventy-two hours after we confirm unauthorized access to that client's payroll data, and several of our largest clients have the contractual right to audit our security controls once a year.",
      ["incident-disclosure"],
      ["processes", "third-party-oversight"],
    ));
  it("'…, and many of our clients have the right to audit our security controls each year' after a long first clause", () =>
    both(
      "Under our services agreements we must notify an affected client within three days after we confirm that its data was accessed without authorization, and many of our clients have the right to audit our security controls each year.",
      ["incident-disclosure"],
      ["processes", "third-party-oversight"],
    ));
  it("still: 'They' after our vendors: '…, and they must remediate any finding we report'", () =>
    both("We review the security controls of our critical vendors every year, and they must remediate any finding we report.", ["processes", "third-party-oversight"], []));
  it("still: 'several of them' are our vendors audited by our team", () =>
    both("We send a security questionnaire to each of our vendors, and several of them complete an on-site audit by our security team.", ["processes", "third-party-oversight"], []));
});

describe("notice named only as the condition of an incident ('any incident that requires notification'): a relative clause that picks out incidents, no disclosure", () => {
  it("round33.sealed: '… its chair is notified by the CIO within forty-eight hours of any incident that requires notification to customers or regulators'", () =>
    both(
      "The Audit Committee of our Board oversees our cybersecurity program. It receives a briefing from the Chief Information Officer at each quarterly meeting on threats to the Company, the results of penetration tests and any significant incidents, and its chair is notified by the CIO within forty-eight hours of any incident that requires notification to customers or regulators. The committee reports on the risks within its remit to the full Board after each meeting.",
      ["board-oversight", "board-committee", "board-informed", "incident-escalation"],
      ["incident-disclosure"],
    ));
  it("'Incidents that require notice to affected individuals … are escalated by the security team to our General Counsel and CIO'", () =>
    both(
      "Incidents that require notice to affected individuals under state breach laws are escalated by the security team to our General Counsel and Chief Information Officer.",
      ["incident-escalation"],
      ["incident-disclosure"],
    ));
  it("'Our Chief Executive Officer is told within two hours of any cybersecurity incident that would require notice to regulators or customers'", () =>
    both("Our Chief Executive Officer is told within two hours of any cybersecurity incident that would require notice to regulators or customers.", ["incident-escalation"], ["incident-disclosure"]));
  it("still: we notify them: 'We notify affected customers and the relevant regulators of any incident that requires notification under applicable law'", () =>
    both("We notify affected customers and the relevant regulators of any incident that requires notification under applicable law.", ["incident-disclosure"], []));
  it("still: a passive report to a regulator: '… is reported by our General Counsel to the state insurance department …'", () =>
    both(
      "Any incident that requires notification to regulators is reported by our General Counsel to the state insurance department within seventy-two hours.",
      ["incident-disclosure"],
      [],
    ));
});

describe("cybersecurity as one of the enterprise risks a management body scores: a risk assessment (processes), and the body's remit is every enterprise risk (not management-positions, C1)", () => {
  it("round33.sealed: 'Cybersecurity is one of the fourteen enterprise risks that our Enterprise Risk Committee, … chaired by the Chief Financial Officer, scores each year …'", () =>
    both(
      "Cybersecurity is one of the fourteen enterprise risks that our Enterprise Risk Committee, a management committee chaired by the Chief Financial Officer, scores each year for likelihood and impact, and the resulting scores help determine which security projects are funded in the following year's budget.",
      // round 43 (C29): the scoring clause is integration; processes is no longer found (the funding after ", and" is cut off)
      ["integration", "management-role"],
      ["management-positions", "processes"],
    ));
  it("round33.sealed: '… management's Enterprise Risk Council, led by our Chief Risk Officer, includes cybersecurity among the twelve enterprise risks that it scores …'", () =>
    both(
      "Risk oversight at Larkhaven is carried out by the Board and its committees, each of which reports to the Board on the risks within its remit: the Compensation Committee on the risks arising from our pay practices, the Nominating and Governance Committee on governance and franchisee relations, and the Audit Committee on financial reporting, compliance and cybersecurity. The Audit Committee's charter gives it responsibility for reviewing the Company's cybersecurity program, including the policies and controls that protect guest and payment data. At each regular meeting, the Audit Committee receives a report from our CISO on the threat environment and the program's key risk indicators, and twice a year it holds a joint session with the full Board on cybersecurity. In addition, management's Enterprise Risk Council, led by our Chief Risk Officer, includes cybersecurity among the twelve enterprise risks that it scores each year, and its assessment is presented to the Audit Committee together with the CISO's report. Directors also receive annual education on cybersecurity from an outside adviser engaged by the Board.",
      ["integration", "board-committee", "reports-to-board"],
      ["management-positions"],
    ));
  it("'Cybersecurity is one of the nine enterprise risks that our management Risk Committee rates each year …'", () =>
    both("Cybersecurity is one of the nine enterprise risks that our management Risk Committee rates each year for likelihood and impact.", ["integration"], ["management-positions", "processes"])); // round 43 (C29): integration only
  it("still: an enterprise risk committee given cybersecurity risk: '… chaired by the Chief Financial Officer, oversees cybersecurity risk …'", () =>
    both(
      "Our Enterprise Risk Committee, chaired by the Chief Financial Officer, oversees cybersecurity risk and reviews the CISO's quarterly report.",
      ["management-role", "management-positions"],
      [],
    ));
  it("still: '… is responsible for cybersecurity risk, which is one of the enterprise risks it rates each year'", () =>
    both(
      "Our Risk Committee, a management committee chaired by the Chief Risk Officer, is responsible for cybersecurity risk, which is one of the enterprise risks it rates each year.",
      ["management-positions"],
      [],
    ));
});

describe("a technology project's progress reported to the board, in a sentence that names no cybersecurity topic (round 32 K, round 33 K: third time)", () => {
  it("round33.sealed: 'Our Technology Transformation Committee … oversees the multi-year replacement of our finance and human-resources systems … and reports on its progress to the Board'", () =>
    both("Our Technology Transformation Committee, made up of the Chief Executive Officer, the Chief Financial Officer and the Chief Digital Officer, oversees the multi-year replacement of our finance and human-resources systems with a cloud-based enterprise resource planning platform and reports on its progress to the Board each quarter.", [], ["board-informed", "reports-to-board"]));
  it("'… oversees the migration of our general ledger to a new platform and reports on its progress to the Audit Committee …'", () =>
    both(
      "Our Finance Transformation Committee, made up of the Chief Executive Officer and the Chief Financial Officer, oversees the migration of our general ledger to a new platform and reports on its progress to the Audit Committee twice a year.",
      [],
      ["board-informed", "reports-to-board"],
    ));
  it("still: the project and cybersecurity risks reported: '… reports to the Board each quarter on that project and on cybersecurity risks'", () =>
    both(
      "Our Chief Information Officer oversees the replacement of our point-of-sale systems and reports to the Board each quarter on that project and on cybersecurity risks.",
      ["reports-to-board", "board-informed"],
      [],
    ));
  it("still: a migration report that includes the new environment's security controls", () =>
    both(
      "Our Chief Information Officer oversees the migration of our data centers to the cloud and reports on its progress, including the security controls of the new environment, to the Audit Committee each quarter.",
      ["reports-to-board", "board-informed"],
      [],
    ));
});

describe("an acronym the text defines for its security program stands for the program's words: 'The SSSP is one of the risk categories …' is about the security program", () => {
  it("round33.sealed: '… the Shipboard and Shoreside Security Program (\"SSSP\") … The SSSP is also one of the risk categories assessed in our enterprise risk management process …'", () =>
    both(
      "Meridian Tide's cybersecurity program, which we refer to as the Shipboard and Shoreside Security Program (\"SSSP\"), is aligned with the NIST Cybersecurity Framework and covers our reservation platforms, our port operations systems and the operational technology aboard each of our eleven ships. Under the SSSP, our security operations center monitors shoreside networks around the clock, while sensors on each vessel forward alerts to the center over the ship's satellite link whenever the ship is at sea. We scan guest-facing Wi-Fi and booking systems for vulnerabilities every month, and each ship's bridge and engine-control networks are segmented from its guest and crew networks. Crew members complete security awareness training before boarding for each contract, and shoreside employees complete it every year. The SSSP is also one of the risk categories assessed in our enterprise risk management process, in which the Risk Steering Group ranks the Company's principal risks twice a year. Separately from the SSSP, each ship maintains a ship security plan approved under the International Ship and Port Facility Security Code, which governs access to the gangway, crew areas and the bridge.",
      ["processes", "integration"],
      [],
    ));
  it("'… the Harbor Security Program (\"HSP\") … The HSP is included in our enterprise risk management process …'", () =>
    both(
      'Our cybersecurity program, which we refer to as the Harbor Security Program ("HSP"), follows ISO/IEC 27001. The HSP is included in our enterprise risk management process, and the HSP\'s risks are reviewed with our other operational risks.',
      ["processes", "integration"],
      [],
    ));
  it("still: a program acronym whose words name no security topic: '… Business Continuity Program (\"BCP\") … The BCP is one of the risk categories …'", () =>
    both(
      'We maintain a Business Continuity Program ("BCP") for our plants. The BCP is one of the risk categories assessed in our enterprise risk management process each year.',
      [],
      ["integration"],
    ));
});
