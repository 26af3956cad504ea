// Round 34 (acc34-engine): the clause reader on the errors round32.sealed.json made as untuned text (written blind in
// round 32, released as tuning data in round 34). For each class of misreading fixed, the failing sentence(s) and variants
// of other wording or grammar of the same shape; cases not marked "still" fail at the round's base (c3f36a4: 18 of 33,
// checked in an extract of it).
// Fictional sentences.
import { describe, it } from "vitest";
import { both } from "./clause-roles.js";

describe("the registrant is the one overseen: another party's questionnaire, inspection or supplier program (round 32 F, round 33 B, again)", () => {
  it("round32.sealed: 'Many enterprise and government tenants review our facilities …, and we answer their security questionnaires and host their site inspections …'", () =>
    both(
      "Many enterprise and government tenants review our facilities and controls as a condition of their leases, and we answer their security questionnaires and host their site inspections so that they can assess Halvard as one of their own critical vendors.",
      [],
      ["processes", "third-party-oversight", "third-party-engaged"],
    ));
  it("round32.sealed: '… treat Yarkon as a critical supplier under their own supply-chain security programs. They send us security questionnaires, require us to meet their … standards and audit our engineering sites …'", () =>
    both(
      "Many of our customers are automotive tier-one suppliers that treat Yarkon as a critical supplier under their own supply-chain security programs. They send us security questionnaires, require us to meet their information security standards and audit our engineering sites from time to time. Meeting these requirements is a condition of winning and keeping design wins, and a failure to meet them could lead customers to move future programs to our competitors and adversely affect our revenues.",
      [],
      ["processes", "third-party-oversight"],
    ));
  it("'Several shippers … inspect our controls …, and we complete their annual vendor security questionnaires so that they can rate us …'", () =>
    both(
      "Several pharmaceutical shippers that use our depots inspect our access controls before renewing their contracts, and we complete their annual vendor security questionnaires so that they can rate us within their supplier risk programs.",
      [],
      ["processes", "third-party-oversight"],
    ));
  it("a pronoun for the customers named before: '… count us among the critical vendors … . They send us security surveys and may inspect our data center …'", () =>
    both(
      "Our largest hospital clients count us among the critical vendors in their supply chain reviews. They send us detailed security surveys each year and may inspect our data center on notice.",
      [],
      ["processes", "third-party-oversight"],
    ));
  it("still (right at the base too): '… several retail chains review the security of our systems, and we host their on-site assessments and respond to their findings'", () =>
    both(
      "As a condition of our storage agreements, several retail chains review the security of our warehouse systems, and we host their on-site assessments and respond to their findings within agreed time frames.",
      [],
      ["processes", "third-party-oversight"],
    ));
  it("still: 'We send each software vendor … a security questionnaire before onboarding, and we review the answers of our critical vendors every year'", () =>
    both(
      "We send each freight carrier and software vendor with access to our systems a security questionnaire before onboarding, and we review the answers of our critical vendors again every year.",
      ["processes", "third-party-oversight"],
      [],
    ));
  it("still: 'They' for our vendors: 'Critical vendors must meet our security standards. They complete our questionnaire each year …'", () =>
    both(
      "Critical vendors must meet our contractual security standards. They complete our security questionnaire each year, and we review their audit reports before renewal.",
      ["processes", "third-party-oversight"],
      [],
    ));
});

describe("what is filed with a regulator is the antecedent of a relative clause: a plan or assessment filed is no incident disclosed", () => {
  it("round32.sealed: '… the resulting ratings inform the capital plan that we file with our state regulator'", () =>
    both(
      "Cybersecurity is also one of the risk categories scored in our annual enterprise risk assessment, using the same likelihood and impact scale that we apply to drought, water quality, regulatory and financing risks, and the resulting ratings inform the capital plan that we file with our state regulator.",
      ["integration"],
      ["incident-disclosure"],
    ));
  it("round32.sealed: 'Cybersecurity risk is one of the risk categories in the own risk and solvency assessment (\"ORSA\") that we file with our lead state regulator, …'", () =>
    both(
      "Cybersecurity risk is one of the risk categories in the own risk and solvency assessment (\"ORSA\") that we file with our lead state regulator, and the ORSA's stress scenarios include a ransomware attack on our policy administration system.",
      [],
      ["incident-disclosure"],
    ));
  it("still (right at the base too): 'which' and 'submit to': '… the resilience plan, which we submit to the state utility commission each year'", () =>
    both(
      "Cyber attacks on our grid control systems are among the hazards covered by our resilience plan, which we submit to the state utility commission each year together with our storm and wildfire plans.",
      [],
      ["incident-disclosure"],
    ));
  it("'the licensing report that the Company files with the state regulator'", () =>
    both(
      "Our information security controls are summarized in the annual licensing report that the Company files with the state banking regulator, alongside our capital and liquidity figures.",
      [],
      ["incident-disclosure"],
    ));
  it("still: the relative's antecedent is the Form 8-K that describes the incident", () =>
    both(
      "If the Disclosure Committee determines that a cybersecurity incident is material, we describe the incident in a Form 8-K that we file with the SEC within four business days.",
      ["incident-disclosure"],
      [],
    ));
  it("still: a sentence that names the incident: '… we notify the state insurance regulator and file a Form 8-K …'", () =>
    both("If a cybersecurity incident is determined to be material, we notify our state insurance regulator and file a Form 8-K with the SEC.", ["incident-disclosure"], []));
});

describe("a fronted participial clause: its subject is the main clause's (a committee's cyber remit before the committee is named)", () => {
  it("round32.sealed: 'Having amended its charter in 2023 to add oversight of information security …, the Audit and Risk Committee receives a report …'", () =>
    both(
      "Having amended its charter in 2023 to add oversight of information security, data privacy and operational technology risks, the Audit and Risk Committee receives a report on the cybersecurity program from our Chief Information Security Officer at least twice a year and reports its conclusions to the full Board.",
      ["board-oversight", "board-committee", "board-informed", "reports-to-board"],
      [],
    ));
  it("'Entrusted with the oversight of cybersecurity, privacy, … across our plants and offices, the Risk Committee meets with our CISO …'", () =>
    both(
      "Entrusted with the oversight of cybersecurity, privacy, records retention and operational resilience matters across our plants and offices, the Risk Committee meets with our Chief Information Security Officer each quarter.",
      ["board-oversight", "board-committee"],
      [],
    ));
  it("'Having taken on, when it was formed in 2022, the oversight of cybersecurity, data protection … risks, the Technology and Operations Committee of our Board receives a briefing …'", () =>
    both(
      "Having taken on, when it was formed in 2022, the oversight of cybersecurity, data protection, business continuity and third-party technology risks, the Technology and Operations Committee of our Board receives a briefing on threats from our Director of Information Security every quarter.",
      ["board-oversight", "board-committee", "board-informed"],
      [],
    ));
  it("still: a short fronted participial ('Charged by the Board with overseeing cybersecurity risk, the Audit Committee reviews …')", () =>
    both(
      "Charged by the Board with overseeing cybersecurity risk, the Audit Committee reviews our information security policies each year and approves the annual budget for the security program.",
      ["board-oversight", "board-committee"],
      [],
    ));
  it("still: a fronted participial whose subject is a manager is not the board's ('Having been given oversight of cybersecurity …, our Chief Information Officer …')", () =>
    both(
      "Having been given responsibility in 2024 for the oversight of cybersecurity, data privacy, business continuity and records management at our plants, our Chief Information Officer meets weekly with the plant managers.",
      [],
      ["board-oversight", "board-committee"],
    ));
  it("still: a fronted participial whose remit is a technology project, and a manager subject", () =>
    both(
      "Having completed the move of our warehouse management system to a new cloud hosting provider in 2025, our Chief Information Officer now oversees the system's integration with our planning and billing tools.",
      [],
      ["board-oversight", "board-committee"],
    ));
});

describe("a service customers purchase from the company, operated on their behalf, is its product, not its process (round 32 E, round 33 E, again)", () => {
  it("round32.sealed: 'As part of our interconnection offering, tenants may purchase managed firewall … services, which Halvard provisions and monitors on their behalf …'", () =>
    both(
      "As part of our interconnection offering, tenants may purchase managed firewall, distributed denial-of-service mitigation and encrypted cross-connect services, which Halvard provisions and monitors on their behalf under separately priced service orders carrying their own service-level credits.",
      [],
      ["processes"],
    ));
  it("'Through our SecureDock add-on, shippers may purchase encrypted … connections and managed access badges …, which we administer for them …'", () =>
    both(
      "Through our SecureDock add-on, shippers may purchase encrypted electronic data interchange connections and managed access badges for their drivers, which we administer for them under separately priced service agreements.",
      [],
      ["processes"],
    ));
  it("'Hospitals that buy our imaging systems can add a managed patching service, under which our engineers apply security updates to their devices …'", () =>
    both(
      "Hospitals that buy our imaging systems can add a managed patching service, under which our field engineers apply security updates to their devices and monitor the devices for vulnerabilities on the hospitals' behalf.",
      [],
      ["processes"],
    ));
  it("still: the company buys the service ('We purchase managed firewall and endpoint detection services from a national provider, which monitors our networks …')", () =>
    both(
      "We purchase managed firewall and endpoint detection services from a national security provider, which monitors our warehouse networks around the clock and alerts our IT team to suspicious activity.",
      ["processes"],
      [],
    ));
});

describe("experience held by a firm, not a person, is no management expertise", () => {
  it("round32.sealed: '… which the Company commissions every five years from an independent engineering firm with water-sector security experience, …'", () =>
    both(
      "Risk and resilience assessments of our source-water intakes, treatment plants and distribution systems, which the Company commissions every five years from an independent engineering firm with water-sector security experience, evaluate both physical and cyber threats and are certified to the U.S. Environmental Protection Agency as the law requires.",
      ["third-party-engaged"],
      ["management-expertise"],
    ));
  it("'Our annual penetration test, which we commission from an independent firm with fifteen years of experience testing … controls, …'", () =>
    both(
      "Our annual penetration test, which we commission from an independent firm with fifteen years of experience testing industrial refrigeration controls, covers both our corporate network and the control systems in our warehouses.",
      ["third-party-engaged"],
      ["management-expertise"],
    ));
  it("still (right at the base too): 'We retain an outside consultancy with deep experience in … cybersecurity and a staff of certified assessors …'", () =>
    both(
      "We retain an outside consultancy with deep experience in food-sector cybersecurity and a staff of certified assessors to evaluate our controls against the NIST Cybersecurity Framework every two years.",
      ["third-party-engaged"],
      ["management-expertise"],
    ));
  it("still: a manager's experience", () =>
    both(
      "Our Director of Information Security has twelve years of experience in industrial control system security, including five at a refrigerated trucking company, and holds the CISSP and GICSP certifications.",
      ["management-expertise"],
      [],
    ));
});

describe("'He' / 'She' stand for the person the paragraph last named: a manager's title makes the pronoun the manager told", () => {
  it("round32.sealed: 'Our Vice President of Operational Technology has … experience … She receives daily reports from our managed detection and response provider …'", () =>
    both(
      "Our Vice President of Operational Technology has more than eighteen years of experience securing industrial control systems, including nine years as a control systems engineer at an electric utility, and holds the Global Industrial Cyber Security Professional certification. She receives daily reports from our managed detection and response provider, which monitors both our corporate and OT networks around the clock, and she briefs the Safety, Environmental and Operations Committee on the threat environment and program metrics at each of its quarterly meetings.",
      ["management-informed"],
      [],
    ));
  it("'Our Chief Information Officer joined … in 2019 … He receives weekly reports from our managed security provider …'", () =>
    both(
      "Our Chief Information Officer joined the company in 2019 after eleven years leading infrastructure teams at a national grocery distributor. He receives weekly reports from our managed security provider, which watches our warehouse networks around the clock, and he briefs the Operations Committee on threats each quarter.",
      ["management-informed"],
      [],
    ));
  it("'Our CISO previously led … . Every morning he gets a summary of overnight alerts from the outsourced security operations center'", () =>
    both(
      "Our CISO previously led security engineering at a regional bank for nine years. Every week he gets a written report from the outsourced security operations center that watches our plant networks, covering the alerts it handled and open investigations.",
      ["management-informed"],
      [],
    ));
  it("still: 'He' after a finance officer told of finance is not management informed of cybersecurity", () =>
    both(
      "Our Chief Financial Officer has twenty years of experience in corporate finance and public accounting. He receives monthly reports from our treasury team on liquidity and covenant compliance and briefs the Audit Committee on our financing plans each quarter.",
      [],
      ["management-informed", "reports-to-board"],
    ));
  it("still: only the pronoun told is read as the manager: 'She chairs a Data Council …' after a Chief Data Officer is no cyber role (round 29's trap)", () =>
    both(
      "Our Chief Data Officer, appointed in 2024, leads our data governance and analytics organization. She chairs a Data Council of business leaders that sets priorities for our data platform and meets monthly to review data quality measures. Matters of cybersecurity are described in the preceding paragraphs.",
      [],
      ["management-role", "management-positions"],
    ));
  it("still: after a director is named, 'he' is no manager ('… one director … He receives …')", () =>
    both(
      "Our Chief Executive Officer chairs the Board, and one independent director previously served as a chief information officer. He receives a report on our operations from the Board's committees each quarter.",
      [],
      ["management-informed"],
    ));
});
