// Round 31 (acc31-engine): the clause reader's shapes that rounds 29-30 described and left. For each, the
// sentence the round-30 notes quote (or one of the same shape) and two variants of other wording or
// grammar; cases not marked "still" (guards against over-reach) fail at the round's base (877727b).
// Fictional sentences.
import { describe, expect, it } from "vitest";
import { resolveBackReferences } from "../../src/text/aliases.js";
import { tokenize } from "../../src/text/lexicon.js";
import { both, told } from "./clause-roles.js";

describe("'receives from X, Y': the giver after the verb, the information after it", () => {
  it("'receives, from <a provider>, <information>': the provider gives, the subject is told", () => {
    const text =
      "Our Vice President of Infrastructure receives, from our third-party security operations provider, a daily feed of triaged alerts and, for any alert rated high, a telephone call from the provider's duty manager within thirty minutes of its detection.";
    expect(told(text)[0]).toMatch(/^receives: our third-party security operations provider -> Our Vice President of Infrastructure \[a daily feed of triaged alerts/);
    both(text, ["management-informed"], []);
  });
  it("'receives from <officer>, <an aside>, <information>': the aside between the giver and the information is skipped", () => {
    const text =
      "Our Chief Operating Officer receives from the Director of Cyber Defense, before the start of each business week, a written digest of phishing reports, blocked intrusion attempts and open vulnerabilities on our warehouse management systems.";
    expect(told(text)[0]).toMatch(/^receives: the Director of Cyber Defense -> Our Chief Operating Officer \[a written digest/);
    both(text, ["management-informed"], ["processes"]);
  });
  it("'It meets monthly and receives from the CISO a report': the body named before is told, not 'It meets monthly and'", () => {
    const text =
      "Our Security Council is made up of our Chief Financial Officer, our General Counsel and our Chief Operating Officer. It meets monthly and receives from the Chief Information Security Officer a report of the security incidents of the month and of the status of remediation.";
    expect(told(text)[0]).toMatch(/^receives: the Chief Information Security Officer -> It \[/);
    both(text, ["management-informed"], ["board-informed", "reports-to-board"]);
  });
  it("still: 'receives from X, each Friday, a report on bookings' is no cyber information", () =>
    both(
      "Our Chief Executive Officer receives from the Chief Commercial Officer, each Friday afternoon, a report on bookings, lost accounts, pricing pressure and the pipeline of new warehouse contracts in each of our regions.",
      [],
      ["management-informed", "incident-escalation"],
    ));
});

describe("a fronted participle of being told: the main clause's subject is the one told", () => {
  it("'Apprised each week of …, our Chief Financial Officer, to whom …, reviews …' (round 30's sentence)", () => {
    const text =
      "Apprised each week of the number of blocked intrusion attempts, of unresolved critical vulnerabilities and of any incident under investigation, our Chief Financial Officer, to whom the IT Manager reports, reviews the figures with that manager and with the outside firm that monitors our network.";
    expect(told(text)[0]).toMatch(/^Apprised: - -> our Chief Financial Officer \[of the number/);
    both(text, ["management-informed"], []);
  });
  it("'Briefed each Monday on …, our Chief Financial Officer decides …': a list item after a comma is no subject", () => {
    const text =
      "Briefed each Monday on the number of quarantined e-mails, any unpatched critical vulnerabilities and every incident still under investigation, our Chief Financial Officer decides with the IT Security Manager which remediation work to fund that week.";
    expect(told(text)[0]).toMatch(/^Briefed: - -> our Chief Financial Officer \[/);
    both(text, ["management-informed"], []);
  });
  it("'Kept informed by the security team about …, the Chief Operating Officer approves …': the giver after 'by'", () => {
    const text =
      "Kept informed by the security team about phishing campaigns, blocked attacks and the progress of open investigations, the Chief Operating Officer approves each quarter the priorities of our security roadmap.";
    expect(told(text)[0]).toMatch(/^Kept: the security team -> the Chief Operating Officer \[about phishing campaigns/);
    both(text, ["management-informed"], []);
  });
  it("still: a fronted participle of operational figures informs of nothing cyber", () =>
    both(
      "Informed every week of spoilage rates, late deliveries and driver overtime at each site, our Chief Operating Officer sets the following week's staffing levels and refrigeration schedules for every distribution center we operate.",
      [],
      ["management-informed", "incident-escalation"],
    ));
});

describe("'the Director' after a manager's title is that manager, not a director of the board", () => {
  it("'escalates confirmed threats to the Director' after 'our Director of Information Security' informs management", () =>
    both(
      "Our Director of Information Security leads a team of four analysts. The security operations provider escalates confirmed threats to the Director by telephone within fifteen minutes.",
      ["management-informed", "incident-escalation"],
      ["board-informed"],
    ));
  it("'the Director of Information Security reviews with the Chief Financial Officer a scorecard' is no report to the board", () =>
    both(
      "Our Director of Information Security leads a team of four analysts. Each month the Director of Information Security reviews with the Chief Financial Officer a scorecard of open vulnerabilities and phishing test results.",
      ["management-informed"],
      ["board-informed", "reports-to-board"],
    ));
  it("'the Director reviews with the Chief Executive Officer' after 'a Director of Cyber Risk' is no board oversight", () =>
    both(
      "We have appointed a Director of Cyber Risk, who is responsible for our information security program. Each month the Director reviews with the Chief Executive Officer a scorecard of open vulnerabilities, phishing test results and overdue remediation items.",
      ["management-informed"],
      ["board-oversight", "board-committee", "board-informed"],
    ));
  it("'the Director is notified by the on-call analyst' in the same sentence as the title", () =>
    both(
      "Our Director of Information Security, who reports to the Chief Information Officer, leads a team of six analysts, and the Director is notified by the on-call analyst whenever an alert is confirmed as a security incident.",
      ["management-informed"],
      ["board-informed"],
    ));
  it("the tag: 'the Director' after 'our Director of IT' is management's; with no such title, or after a board word, it is left as it is", () => {
    const tags = (text: string) => {
      const words = tokenize(text);
      resolveBackReferences(words);
      return words.filter((w) => w.word === "Director").map((w) => (w.also?.includes("@management") ? "management" : "-"));
    };
    expect(tags("Our Director of IT leads the team. The Director reports to the CIO.")).toEqual(["management", "management"]);
    expect(tags("Our IT Director leads the team. The Director reports to the CIO.")).toEqual(["management", "management"]);
    expect(tags("Ms. Alvarez joined our Board in 2019. The Director receives a report from our CISO.")).toEqual(["-"]);
    expect(tags("Our Director of IT leads the team. Our Board met twice. The Director chairs the Audit Committee.")).toEqual(["management", "-"]);
    expect(tags("Our Lead Independent Director chairs the meetings. The Director receives a report from our CISO.")).toEqual(["-", "-"]);
  });
});

describe("a decider named in an appositive of a fronted 'whether' question", () => {
  it("'Whether an incident is material, a question our plan puts to a working group of <officers>, is answered …' (round 30's sentence)", () => {
    const text =
      "Whether an incident is material, a question our plan puts to a working group of the Chief Financial Officer, the General Counsel and the Chief Accounting Officer, is answered on the basis of an assessment that the Chief Information Security Officer prepares within two days.";
    expect(told(text).some((t) => t.startsWith("puts: ") && t.endsWith("[Whether an incident is material]"))).toBe(true);
    both(text, ["incident-escalation"], []);
  });
  it("'Whether a breach must be reported, a matter our incident plan puts to the Disclosure Committee, …': the question is what is put", () => {
    const text =
      "Whether a breach must be reported, a matter our incident plan puts to our Chief Legal Officer and our Chief Financial Officer, is settled within two business days of its discovery.";
    expect(told(text).some((t) => t.startsWith("puts: ") && t.endsWith("[Whether a breach must be reported]"))).toBe(true);
    both(text, ["incident-escalation"], []);
  });
  it("still: 'puts' with no fronted question takes no topic from the sentence's start", () => {
    const text = "Our plan puts the Chief Financial Officer in charge of insurance claims.";
    expect(told(text).every((t) => !t.includes("Whether"))).toBe(true);
  });
});

describe("a board committee's review list names what it reviews, not a process or vendor oversight stated", () => {
  it("'… through its Risk Committee, which reviews … our third-party risk management program …' (round 30's sentence)", () =>
    both(
      "The Board of Directors of Quenby Mutual Insurance Holdings oversees our cybersecurity risk through its Risk Committee, which reviews the information security program, our third-party risk management program and the results of our incident response exercises.",
      ["board-oversight", "board-committee"],
      ["third-party-oversight"],
    ));
  it("'… its Technology Committee, which reviews … our vendor risk management program …'", () =>
    both(
      "The Board oversees risks from cybersecurity threats through its Technology Committee, which reviews our information security program, our vendor risk management program and the results of our annual disaster recovery test.",
      ["board-oversight", "board-committee"],
      ["third-party-oversight"],
    ));
  it("'Our Risk Committee, a standing committee of the Board, reviews … the supplier security assessments completed …'", () =>
    both(
      "Our Risk Committee, a standing committee of the Board, reviews at each meeting the Company's cybersecurity program, the supplier security assessments completed during the quarter and the phishing simulation results, and reports its conclusions to the full Board.",
      ["board-oversight", "board-committee"],
      ["third-party-oversight"],
    ));
  it("still: the company's own assessment of its vendors is vendor oversight", () =>
    both(
      "We assess the security practices of each IT service provider before it is given access to our warehouse management system, and we repeat that assessment every year for the providers that hold customer data.",
      ["third-party-oversight", "processes"],
      [],
    ));
});

describe("the board's enterprise risk remit delegated to a committee is board oversight, not integration (C15)", () => {
  it("'As part of the oversight of enterprise risk that the Board has delegated to it, the Audit Committee reviews …' (round 30's sentence)", () => {
    const text =
      "As part of the oversight of enterprise risk that the Board has delegated to it, the Audit Committee reviews at least annually management's assessment of cybersecurity risk, the adequacy of our security controls and our plans for responding to a material incident.";
    expect(told(text)[0]).toBe("delegated: - -> it [As part of the oversight of enterprise risk that the Board has]");
    both(text, ["board-oversight", "board-committee"], ["integration"]);
  });
  it("'As part of the enterprise risk oversight that the Board has assigned to it, the Finance and Audit Committee reviews …': management is not told", () =>
    both(
      "As part of the enterprise risk oversight that the Board has assigned to it, the Finance and Audit Committee reviews each year management's assessment of cybersecurity risk and the adequacy of the controls that protect our temperature-monitoring systems.",
      ["board-oversight", "board-committee"],
      ["integration", "management-informed"],
    ));
  it("'Within the enterprise risk remit that the Board has given it, the Audit Committee oversees cybersecurity risk …'", () =>
    both(
      "Within the enterprise risk remit that the Board has given it, the Audit Committee oversees cybersecurity risk and meets twice a year with our Chief Information Officer to discuss the threats we face and our response to them.",
      ["board-oversight", "board-committee"],
      ["integration"],
    ));
  it("still: the company's own enterprise risk program that assesses cybersecurity is integration", () =>
    both("As part of our enterprise risk management program, management assesses cybersecurity risk alongside financial, operational and legal risks each year.", ["integration"], []));
});

describe("a routine daily or weekly summary to a manager is how the manager is informed, not an escalation path", () => {
  it("'is apprised each morning of overnight alerts … through a summary' (round 30's sentence)", () =>
    both(
      "Our Chief Information Officer is apprised each morning of overnight alerts, blocked intrusion attempts and open incidents through a summary that the security operations center prepares, and she reviews the trend of those figures with the security team every Friday.",
      ["management-informed"],
      ["incident-escalation"],
    ));
  it("'receives from <officer>, each Monday, a written summary of … intrusion attempts … and open incident tickets'", () =>
    both(
      "Our Chief Operating Officer receives from the Vice President of Security, each Monday, a written summary of the prior week's intrusion attempts, malware detections and open incident tickets, and the two of them meet monthly to review progress against our security roadmap.",
      ["management-informed"],
      ["incident-escalation"],
    ));
  it("'before the start of each business week, a written digest of … blocked intrusion attempts'", () =>
    both(
      "Our Chief Operating Officer receives from the Director of Cyber Defense, before the start of each business week, a written digest of phishing reports, blocked intrusion attempts and open vulnerabilities on our warehouse management systems.",
      ["management-informed"],
      ["incident-escalation"],
    ));
  it("still: a confirmed incident paged to the IT Director is escalation", () =>
    both(
      "When an analyst confirms that an alert is a security incident, the analyst pages the IT Director at once, and the IT Director decides whether to convene the incident response team and whether to inform the Chief Financial Officer.",
      ["incident-escalation", "management-informed"],
      [],
    ));
});

describe("the pronoun 'it' is not 'IT' (information technology) in the not-cyber shapes", () => {
  it.each<[string, string, string[]]>([
    ["safety escalation ('report it … escalates it … before it is entered')", "Any employee who sees a forklift accident or a refrigeration failure must report it to the shift supervisor, who escalates it to the regional safety manager before it is entered in the injury log.", ["incident-escalation", "management-informed"]],
    ["complaint escalation ('whether it is necessary')", "Complaints from customers about spoiled shipments are escalated to the Vice President of Quality, who decides whether it is necessary to notify the carrier and whether to reimburse the customer.", ["incident-escalation", "management-informed"]],
    ["a manager told of credit matters ('so that it can be discussed')", "Our Chief Financial Officer reviews the monthly treasury report, and the Treasurer briefs her whenever a counterparty's credit rating falls so that it can be discussed before the next meeting of our investment committee.", ["management-informed"]],
  ])("%s", (_name, text, no) => both(text, [], no));
  it("processes-other-risk keeps 'it' as a pointer back to the program named before (as integration-not-cyber does), and reads IT spelled out", () => {
    both(
      "The ISP is a component of our enterprise risk management framework, and the risks it identifies are reported through the same risk register and quarterly risk reviews as our content, regulatory and financial risks.",
      ["integration"],
      [],
    );
    both("We assess the IT risks of each new customer platform along with the credit and liquidity risks of each new customer.", ["processes"], []);
  });
  it("still: a disclosure question or a technology officer is a cyber word for the escalation-not-cyber shape (the pronoun 'it' stood in for them at base)", () =>
    both(
      "The Chief Information Officer escalates incidents that could affect production, safety or financial reporting to the Chief Executive Officer, Chief Financial Officer and General Counsel, who assess whether the incident is material and whether it must be disclosed.",
      ["incident-disclosure"],
      [],
    ));
  it.each<[string, string, string[]]>([
    ["still: 'IT systems' is a cyber word: the escalation stands", "Security alerts from our IT systems are escalated by the network operations team to the IT Director, who determines whether to activate our incident response plan and whether to notify our insurer.", ["incident-escalation", "management-informed"]],
    ["still: an IT service provider's security assessed is vendor oversight", "We assess the security practices of each IT service provider before it is given access to our warehouse management system, and we repeat that assessment every year.", ["third-party-oversight"]],
    ["still: an IT vendor that monitors our network is engaged ('information technology' for the engaged-not-oversight shape)", "We engage an IT support provider to monitor our network around the clock and to alert our IT Manager to suspicious activity.", ["third-party-engaged"]],
  ])("%s", (_name, text, yes) => both(text, yes, []));
  it("'informs the Chief Information Officer of it': the pronoun is what is told, not part of the title", () => {
    const text = "When the security operations center confirms an incident, the analyst on duty informs the Chief Information Officer of it within one hour.";
    expect(told(text).some((t) => t.includes("-> the Chief Information Officer [of it"))).toBe(true);
  });
});
