import { describe, expect, it } from "vitest";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import { clauseRanges, findInforming, topicSpan } from "../../src/text/clauses.js";
import { splitSentences } from "../../src/text/sentences.js";
import { markdownBlocks, readProseBlocks } from "../../src/sources/prose.js";
import { disclosureFrom } from "../../src/sources/load.js";
import { DocumentContext } from "../../src/engine/document.js";
import { tokenize } from "../../src/text/tokens.js";

/** Each informing verb of a sentence with its roles as text ("-" where the clause does not say). */
function roles(text: string) {
  const words = tokenize(text);
  const show = (s?: { start: number; end: number }) => (s ? text.slice(s.start, s.end) : "-");
  return findInforming(text, words).map((r) => ({ verb: show(r.verb), voice: r.voice, giver: show(r.giver), receiver: show(r.receiver), topics: r.topics.map(show) }));
}

describe("clauseRanges", () => {
  it("breaks at semicolons, relative pronouns and a comma before a new subject, not inside a list of verbs", () => {
    const text = "Northwind logs, tracks, and escalates incidents; the analyst, who reports to the CISO, is on call, and the team reviews alerts.";
    const words = tokenize(text);
    const clauses = clauseRanges(text, words, 0, words.length).map(([a, b]) => words.slice(a, b).map((w) => w.word).join(" "));
    expect(clauses).toEqual(["Northwind logs tracks and escalates incidents", "the analyst", "who reports to the CISO", "is on call", "and the team reviews alerts"]);
  });
});

describe("topicSpan", () => {
  const span = (text: string, at: string) => {
    const s = topicSpan(text, splitSentences(text), text.indexOf(at));
    return text.slice(s.start, s.end);
  };
  it("is a sentence with the one before it in its paragraph", () => {
    const text = "We had a ransomware attack in May. We believe the remediation costs are reasonably likely to materially affect us. See Item 1A.";
    expect(span(text, "We believe")).toBe("We had a ransomware attack in May. We believe the remediation costs are reasonably likely to materially affect us.");
    expect(span(text, "We had")).toBe("We had a ransomware attack in May.");
  });
  it("does not look back across a paragraph break", () => {
    const text = "We had a ransomware attack in May.\nThe plant consolidation is reasonably likely to materially affect us.";
    expect(span(text, "The plant")).toBe("The plant consolidation is reasonably likely to materially affect us.");
  });
});

describe("findInforming: who informs whom about what", () => {
  it("'tell' takes its receiver as the object, as 'inform' does (plain drafting)", () => {
    expect(roles("We tell our board about any serious cyber incident.")).toEqual([
      { verb: "tell", voice: "active", giver: "We", receiver: "our board", topics: ["about any serious cyber incident"] },
    ]);
  });
  it("active voice with the receiver after 'to' and the topic as the object", () => {
    expect(roles("The security operations team escalates significant incidents to the Chief Information Security Officer.")).toEqual([
      { verb: "escalates", voice: "active", giver: "The security operations team", receiver: "the Chief Information Security Officer", topics: ["significant incidents"] },
    ]);
  });

  it("'route' takes its receiver after 'to', as 'escalate' does", () => {
    expect(roles("Our security operations center routes potential incidents to the CISO.")).toEqual([
      { verb: "routes", voice: "active", giver: "Our security operations center", receiver: "the CISO", topics: ["potential incidents"] },
    ]);
  });

  it("passive voice: the subject is what is escalated, 'by' names the giver", () => {
    const [r] = roles("Incidents are promptly escalated to the Fabrikam Risk Council by the on-call analyst.");
    expect(r).toMatchObject({ verb: "escalated", voice: "passive", receiver: "the Fabrikam Risk Council", giver: "the on-call analyst" });
    expect(r.topics[0]).toBe("Incidents");
  });

  it("a passive 'is informed' makes the subject the receiver", () => {
    expect(roles("The Chief Technology Officer is informed of detected threats by the security operations center.")).toEqual([
      { verb: "informed", voice: "passive", giver: "the security operations center", receiver: "The Chief Technology Officer", topics: ["of detected threats by the security operations center"] },
    ]);
  });

  it("'receives reports from' turns the roles around: the subject receives, 'from' gives", () => {
    const [r] = roles("The Audit Committee receives quarterly reports from the CISO regarding material incidents.");
    expect(r).toMatchObject({ verb: "receives", receiver: "The Audit Committee", giver: "the CISO" });
    expect(r.topics).toContain("regarding material incidents");
  });

  it("an object receiver, an aside, then the topic", () => {
    const [r] = roles("In addition, management updates the Risk Committee, where it deems appropriate, regarding any significant incidents.");
    expect(r).toMatchObject({ verb: "updates", giver: "management", receiver: "the Risk Committee" });
    expect(r.topics).toEqual(["regarding any significant incidents"]);
  });

  it("'keeps … informed' and a relative clause whose pronoun stands for the giver", () => {
    expect(roles("The CISO keeps the Executive Council informed of ransomware attacks.")[0]).toMatchObject({ giver: "The CISO", receiver: "the Executive Council", topics: ["of ransomware attacks"] });
    const rel = roles("Analysts inform the security leadership team, which informs the Audit Committee of material incidents.");
    expect(rel[1]).toMatchObject({ verb: "informs", giver: "the security leadership team", receiver: "the Audit Committee", topics: ["of material incidents"] });
  });

  it("a reporting line is about nothing, and an infinitive 'to' is no receiver", () => {
    const [line] = roles("Our CISO, who reports to the Chief Operating Officer, has 15 years of experience in security.");
    expect(line).toMatchObject({ verb: "reports", receiver: "the Chief Operating Officer", topics: [] });
    expect(roles("Our programs provide information to help employees spot phishing.")).toEqual([]);
  });

  it("a coordinated verb shares the clause's first subject; a capitalised name is not a verb", () => {
    const [, , receives] = roles("The Audit Committee reviews and discusses risks with management, and receives updates, as necessary, regarding incidents.");
    expect(receives).toMatchObject({ verb: "receives", receiver: "The Audit Committee reviews and discusses risks with management" });
    expect(roles("The Cybersecurity Advisory Committee meets monthly.")).toEqual([]);
    // ", and is notified" opens a clause of its own, whose subject is the one before
    const [notified] = roles("The Harbor Committee approves the budget, and is notified of ransomware incidents.");
    expect(notified).toMatchObject({ verb: "notified", voice: "passive", receiver: "The Harbor Committee approves the budget", topics: ["of ransomware incidents"] });
  });

  it("'is kept informed', 'learns of' and 'brought to the attention of' make the subject or the named party the receiver", () => {
    expect(roles("The IT Director is kept informed of security events by the Contoso monitoring desk.")[0]).toMatchObject({
      voice: "passive",
      receiver: "The IT Director",
      giver: "the Contoso monitoring desk",
    });
    expect(roles("Management learns of intrusions through alerts from our tools.")[0]).toMatchObject({ verb: "learns", receiver: "Management", topics: ["of intrusions through alerts from our tools"] });
    const [brought] = roles("Potentially material incidents are brought to the attention of the Disclosure Committee.");
    expect(brought).toMatchObject({ voice: "passive", receiver: "the Disclosure Committee", topics: ["Potentially material incidents"] });
  });

  it("a participle without 'be' is a passive: what is provided is the subject, not the giver", () => {
    const reduced = roles("Analysts triage alerts, with summaries provided to the CISO.").find((r) => r.verb === "provided");
    // round 19: its giver is whoever the clause says holds the information (the words before its first noun of information)
    expect(reduced).toMatchObject({ giver: "Analysts triage", receiver: "the CISO", topics: ["with summaries"] });
    expect(roles("Briefings furnished to the Risk Committee cover threats.")[0]).toMatchObject({ giver: "-" });
  });

  it("a participle after 'and' shares the 'be' of the list it ends, even when the first participles inform of nothing", () => {
    const [r] = roles("Identified risks are rated for criticality, prioritised for remediation and reported by the security teams to senior management.");
    expect(r).toMatchObject({ verb: "reported", voice: "passive", giver: "the security teams", receiver: "senior management" });
    expect(r.topics[0]).toBe("Identified risks");
  });

  it("a group 'of' its members is one party; 'and has …' is a new predicate, not a party or a topic; a list's comma is not the subject's start", () => {
    expect(roles("Incidents are escalated to a cross-functional team of senior leaders.")[0]).toMatchObject({ receiver: "a cross-functional team of senior leaders" });
    expect(roles("Our CISO reports to the Chief Technology Officer and has 20 years of experience in cybersecurity.")[0]).toMatchObject({
      receiver: "the Chief Technology Officer",
      topics: [],
    });
    expect(roles("Findings of the team's review of incidents, detections and vulnerabilities are reported to the Chief Legal Officer.")[0].topics[0]).toBe(
      "Findings of the team's review of incidents, detections and vulnerabilities",
    );
  });

  it("a notice 'of' a party names whom it informs when no 'to' does", () => {
    expect(roles("Critical incidents trigger immediate notification of the executive team.")[0]).toMatchObject({ verb: "notification", receiver: "the executive team" });
    expect(roles("Our procedures require prompt notification of suspected breaches to the Chief Information Officer.")[0]).toMatchObject({
      receiver: "the Chief Information Officer",
      topics: ["of suspected breaches"],
    });
  });

  // The first informing verb of each sentence, with the roles given.
  it.each([
    ["gives X a briefing", "Our Deputy CISO gives the Chief Executive Officer a weekly briefing on open vulnerabilities.", { receiver: "the Chief Executive Officer", topics: ["a weekly briefing", "on open vulnerabilities"] }],
    ["are reviewed by", "The results of our penetration tests are reviewed by the Chief Technology Officer.", { receiver: "the Chief Technology Officer", topics: ["The results of our penetration tests"] }],
    ["is made aware of", "Management is made aware of material risks through regular reporting.", { receiver: "Management" }],
    ["provides X with reports", "The security desk provides the Chief Information Officer with weekly dashboards on open vulnerabilities.", { receiver: "the Chief Information Officer", topics: ["weekly dashboards", "on open vulnerabilities"] }],
    ["receivers joined by 'and to'", "Scan findings are communicated to the system owners and to senior management.", { receiver: "the system owners and to senior management", topics: ["Scan findings"] }],
    ["receivers joined by 'and, <aside>, to'", "Alerts are routed to the on-call engineer and, for high-severity events, to the CISO.", { receiver: "the on-call engineer and, for high-severity events, to the CISO", topics: ["Alerts"] }],
    ["a verb whose stem ends in 'er'", "The security operations center delivers daily threat reports to the CISO.", { verb: "delivers", receiver: "the CISO", topics: ["daily threat reports"] }],
    ["flows to", "Reporting from our SOC flows to the CISO.", { receiver: "the CISO" }],
    ["an aside after 'and,' with no 'to' ends the receiver", "The CISO reports to the CIO and, in addition, meets with the Audit Committee.", { receiver: "the CIO and", topics: [] }],
  ])("'%s'", (_, sentence, expected) => {
    expect(roles(sentence)[0]).toMatchObject(expected);
  });
  it("an aside between the subject and its verb, or a relative clause before it, leaves the subject where it is", () => {
    expect(roles("Security incidents, once confirmed, are communicated to the Chief Information Officer.")[0].topics[0]).toBe("Security incidents");
    expect(roles("The risk committee, which comprises our CEO and CFO, is updated on threats monthly.")[0]).toMatchObject({ receiver: "The risk committee" });
  });

  it("a title 'of' its field is one party; 'are discussed with' informs the party after 'with'", () => {
    expect(roles("Engineers report vulnerabilities to the Director of Cybersecurity.")[0]).toMatchObject({ receiver: "the Director of Cybersecurity" });
    expect(roles("The results of scans are discussed with the IT leadership team.")[0]).toMatchObject({ receiver: "the IT leadership team", topics: ["The results of scans"] });
  });

  it("'raised at the weekly meeting of X' tells X; 'communicating with' is an exchange, not a notice", () => {
    expect(roles("Security matters are raised at the weekly meeting of the Executive Committee by the CIO.")[0]).toMatchObject({
      receiver: "the Executive Committee",
      giver: "the CIO",
      topics: ["Security matters"],
    });
    // "we communicate with government agencies to stay up to date on threats" is no incident's disclosure
    expect(roles("We communicate with various government agencies to stay up to date on threats.")).toEqual([]);
  });

  it("'and any …' opens another item of a topic list", () => {
    expect(roles("The CISO reports to the CIO on our program and any significant incidents.")[0].topics).toEqual(["on our program", "any significant incidents"]);
  });

  it("a pronoun object stands for the words before it in its sentence (round 5)", () => {
    expect(roles("Business units log security events; the IT Director reviews them weekly and reports them to the Chief Operating Officer.")).toEqual([
      {
        verb: "reports",
        voice: "active",
        giver: "the IT Director reviews them weekly and",
        receiver: "the Chief Operating Officer",
        topics: ["them", "Business units log security events", "the IT Director reviews them weekly and"],
      },
    ]);
  });

  it("a topic does not run past a comma that ends the receiver, nor past 'and' and the next verb (round 5)", () => {
    expect(roles("Our CISO, who reports to our Chief Information Officer, leads a team of analysts responsible for incident response.")).toEqual([
      { verb: "reports", voice: "active", giver: "Our CISO", receiver: "our Chief Information Officer", topics: [] },
    ]);
    expect(roles("Our security lead reports to our Chief Financial Officer and provides a quarterly report on cybersecurity matters to the Audit Committee.")[0]).toEqual({
      verb: "reports",
      voice: "active",
      giver: "Our security lead",
      receiver: "our Chief Financial Officer",
      topics: [],
    });
    expect(roles("Our security lead reports to our Chief Financial Officer and provides a quarterly report on cybersecurity matters to the Audit Committee.")[1]).toMatchObject({
      verb: "provides",
      receiver: "the Audit Committee",
    });
  });

  it("'kept up to date on', 'provides X with a … report', '… covering' (round 5)", () => {
    expect(roles("The CEO and CFO are kept up to date on cybersecurity matters.")).toEqual([
      { verb: "kept", voice: "passive", giver: "-", receiver: "The CEO and CFO", topics: ["on cybersecurity matters"] },
    ]);
    expect(roles("The IT team provides the Group Chief Financial Officer with a monthly written report on threats.")[0]).toMatchObject({
      receiver: "the Group Chief Financial Officer",
      topics: ["a monthly written report", "on threats"],
    });
    expect(roles("Monthly scorecards are provided to our executive leadership team, covering patch levels and incidents.")[0].topics).toEqual([
      "Monthly scorecards",
      "covering patch levels and incidents",
    ]);
  });

  it("a noun of information inside a name does not take the later verb's receiver", () => {
    expect(roles("Our information security team reports to the CISO.")).toEqual([
      { verb: "reports", voice: "active", giver: "Our information security team", receiver: "the CISO", topics: [] },
    ]);
  });
});

describe("findInforming: round 7, ordinary drafting", () => {
  const one = (text: string) => roles(text).map(({ verb, giver, receiver, topics }) => ({ verb, giver, receiver, topics }));

  it("a title's 'of' goes on into a name, not into what the receiver is told", () => {
    expect(one("The SOC notifies our Chief Operating Officer of incidents that affect plant operations.")[0]).toMatchObject({ receiver: "our Chief Operating Officer", topics: ["of incidents that affect plant operations"] });
    expect(one("Our Vice President of Infrastructure notifies the CEO of outages.")[0]).toMatchObject({ giver: "Our Vice President of Infrastructure", receiver: "the CEO" });
    expect(one("The analyst informs the head of information security of alerts.")[0]).toMatchObject({ receiver: "the head of information security" });
  });

  it("'Should …', 'In case of …' open a condition: it is a topic, the subject follows it, and its topic words are read from its end", () => {
    expect(one("Should an incident occur, the IT Manager informs the CEO without delay.")[0]).toMatchObject({ giver: "the IT Manager", receiver: "the CEO", topics: ["Should an incident occur"] });
    expect(one("If we identify a potential cybersecurity incident, the CLO and the CFO are notified.")[0]).toMatchObject({ receiver: "the CLO and the CFO", topics: ["If we identify a potential cybersecurity incident"] });
    const text = "If we identify a potential cybersecurity incident, the CLO and the CFO are notified.";
    const [record] = findInforming(text, tokenize(text));
    expect(record.condition && text.slice(record.condition.start, record.condition.end)).toBe("If we identify a potential cybersecurity incident");
  });

  it("a receiver after 'to' ends before 'and' and another verb of its subject", () => {
    expect(one("Our ISO reports to the CIO and monitors regulatory changes affecting the Bank.")[0]).toMatchObject({ receiver: "the CIO", topics: [] });
    // another party after "and" stays in
    expect(one("Incidents are escalated to the CIO and business owners.")[0]).toMatchObject({ receiver: "the CIO and business owners" });
  });

  it("'is alerted to Y': Y is what the subject learns of, not a receiver", () => {
    expect(one("The Chief Risk Officer is alerted to significant threats and briefs the CEO on the response.")).toEqual([
      expect.objectContaining({ verb: "alerted", receiver: "The Chief Risk Officer", topics: ["significant threats"] }),
      expect.objectContaining({ verb: "briefs", receiver: "the CEO" }),
    ]);
  });

  it("'go to', 'prepare … for', 'raised with', 'is told of', 'loops in', 'keeps … updated throughout'", () => {
    expect(one("Material cybersecurity matters go to the Audit Committee.")[0]).toMatchObject({ verb: "go", receiver: "the Audit Committee", topics: ["Material cybersecurity matters"] });
    expect(one("Management prepares a cybersecurity dashboard for the Risk Committee.")[0]).toMatchObject({ giver: "Management", receiver: "the Risk Committee", topics: ["a cybersecurity dashboard"] });
    expect(one("Concerns identified by internal audit are raised with the CFO.")[0]).toMatchObject({ receiver: "the CFO", topics: ["Concerns identified by internal audit"] });
    expect(one("Our President is promptly told of any incident.")[0]).toMatchObject({ receiver: "Our President", topics: ["of any incident"] });
    expect(one("The engineer loops in the CTO whenever an outage may be security-related.")[0]).toMatchObject({ receiver: "the CTO", topics: ["whenever an outage may be security-related"] });
    expect(one("The lead keeps the executive team updated throughout an incident.")[0]).toMatchObject({ receiver: "the executive team", topics: ["throughout an incident"] });
    // "prepare for" an event names no receiver; an infinitive "go to" neither
    expect(one("We prepare for incidents through tabletop exercises.")).toEqual([]);
    expect(one("Employees go to training each year.")).toEqual([]);
  });

  it("a pronoun subject stands for the sentence before: it is what the verb is about", () => {
    expect(one("Incidents are triaged by the service desk. They are then reviewed with the Chief Risk Officer.")[0].topics).toContain("Incidents are triaged by the service desk.");
    // "He"/"She" stand for a person: the sentence before says who they are, not what they are told
    expect(one("He has 21 years of experience. He is notified of security events by our tools.")[0].topics).toEqual(["of security events by our tools"]);
    // not for a verb whose subject is someone else in the sentence (a reporting line in a relative clause)
    expect(one("Our Security Committee oversees cybersecurity risks. It is chaired by our CISO, who reports to our CTO.")[0].topics).toEqual([]);
    // not across a paragraph break
    expect(one("Incidents are triaged by the service desk.\nThey are then reviewed with the CRO.")[0].topics).toEqual(["They"]);
  });
});

describe("clause conditions in the requirement catalog", () => {
  const RULES = loadRuleSet();
  const elements = (md: string) => {
    const text = `# Item 1C. Cybersecurity\n\n${md}`;
    const doc = { file: "draft.md", format: "markdown" as const, text, encoding: "utf-8" };
    const ctx = new DocumentContext(disclosureFrom([doc], readProseBlocks(doc, markdownBlocks(text))), RULES.lexicons, RULES.cues, RULES.elements);
    return ctx.describeParagraphs().flatMap((p) => p.elements);
  };

  it("a management receiver informed about incidents is management-informed; the board receiving it is not", () => {
    expect(elements("## Governance\n\nThe on-call analysts inform the Chief Technology Officer of suspected intrusions.\n")).toContain("management-informed");
    expect(elements("## Governance\n\nThe Audit Committee receives updates from the controller on our audit plan.\n")).not.toContain("management-informed");
    // an IT or security manager's title, and a shipowner's Designated Person Ashore, are management receivers
    expect(elements("## Governance\n\nShip masters report cyber incidents to the Designated Person Ashore and the IT Manager.\n")).toContain("management-informed");
    // a passive coordinated with another shares its subject: the incidents are what senior management learns of
    expect(elements("## Response\n\nSignificant incidents are escalated by the response team and reported to senior management.\n")).toEqual(
      expect.arrayContaining(["management-informed", "incident-escalation"]),
    );
  });

  it("round 7: conditions, titles, 'go to', pronoun subjects reach management-informed and incident-escalation", () => {
    const both = expect.arrayContaining(["management-informed", "incident-escalation"]);
    expect(elements("## Response\n\nIf we identify a potential cybersecurity incident, the Chief Legal Officer and the CFO are notified.\n")).toEqual(both);
    expect(elements("## Response\n\nThe security operations center notifies our Chief Operating Officer of incidents.\n")).toEqual(both);
    expect(elements("## Response\n\nPotential incidents go to the IT Director first.\n")).toEqual(both);
    // a condition that names its topic first still counts ("If an incident were determined to be material,")
    expect(elements("## Response\n\nIf a cybersecurity incident were determined to be material, the CISO would notify the Chief Executive Officer.\n")).toContain("incident-escalation");
    expect(elements("## Response\n\nIncidents are triaged by the service desk. They are then reviewed with the Chief Risk Officer.\n")).toEqual(both);
    // a reporting line, and a non-cyber title "of", inform no one of anything
    expect(elements("## Governance\n\nThe CIO reports to the Chief Executive Officer and oversees our technology operations.\n")).not.toContain("management-informed");
    expect(elements("## Governance\n\nOur plant managers keep the VP of Operations updated on maintenance schedules.\n")).not.toContain("incident-escalation");
  });

  it("round 5: pronoun objects inform; responsibility, a board met with and non-cyber topics do not (management-informed)", () => {
    expect(elements("## Governance\n\nBusiness units log security incidents; the IT Director reviews them weekly and reports them to the Chief Operating Officer.\n")).toEqual(
      expect.arrayContaining(["management-informed", "incident-escalation"]),
    );
    expect(elements("## Governance\n\nThe CISO is responsible for the prevention, detection, mitigation and remediation of cybersecurity incidents.\n")).not.toContain("management-informed");
    expect(elements("## Governance\n\nOur Chief Technology Officer meets with the Audit Committee twice a year to discuss cybersecurity risks.\n")).not.toContain("management-informed");
    expect(elements("## Governance\n\nManagement receives regular updates on the progress of our ERP implementation.\n")).not.toContain("management-informed");
    expect(elements("## Governance\n\nOur Chief People Officer keeps the executive team informed of engagement survey results.\n")).not.toContain("management-informed");
    // a verb that only informs still needs no topic
    expect(elements("## Governance\n\nThe CISO briefs the executive leadership team monthly.\n")).toContain("management-informed");
  });

  it("round 5: severity levels alone are no escalation, incidents classified by severity are; agencies receive disclosure", () => {
    expect(elements("## Response\n\nOur incident response plan defines roles and responsibilities, severity levels and response playbooks.\n")).not.toContain("incident-escalation");
    expect(elements("## Response\n\nIncidents are classified based upon their severity and potential harm.\n")).toContain("incident-escalation");
    expect(elements("## Response\n\nReportable incidents are reported to the E-ISAC and to the Department of Energy.\n")).toContain("incident-disclosure");
    expect(elements("## Response\n\nWe notify customers of scheduled maintenance through our status page.\n")).not.toContain("incident-disclosure");
  });

  it("an incident's path to the people who decide is escalation; a vendor notifying us of its own breach is not", () => {
    expect(elements("## Response\n\nSecurity analysts report confirmed incidents to the Fabrikam Executive Council as they occur.\n")).toContain("incident-escalation");
    expect(elements("## Vendors\n\nOur suppliers must notify the security team of breaches at their sites.\n")).not.toContain("incident-escalation");
    // the company's own monitoring provider, and employees reporting incidents up a chain, are its escalation path
    expect(elements("## Response\n\nOur managed detection and response provider reports security events to the Chief Information Security Officer.\n")).toContain("management-informed");
    expect(elements("## Response\n\nEmployees report suspected incidents to the Manager of Information Technology.\n")).toEqual(
      expect.arrayContaining(["management-informed", "incident-escalation"]),
    );
    // employees trained to report suspicious activity are awareness training
    expect(elements("## Training\n\nEmployees are trained to report suspected incidents to the security team.\n")).not.toContain("incident-escalation");
    expect(elements("## Training\n\nEmployees are trained to report suspected incidents to the security team.\n")).not.toContain("management-informed");
  });

  it("a clause whose receiver is outside the company is disclosure", () => {
    expect(elements("## Response\n\nConfirmed incidents are reported to the appropriate regulators and affected individuals.\n")).toContain("incident-disclosure");
  });

  it("an incident made known is disclosure, read by roles; a participle before its noun is no act", () => {
    expect(elements("## Response\n\nMaterial incidents will be publicly disclosed in accordance with applicable securities laws.\n")).toContain("incident-disclosure");
    expect(elements("## Response\n\nPublic disclosure of material cybersecurity incidents follows a documented process overseen by our General Counsel.\n")).toContain("incident-disclosure");
    expect(elements("## Risks\n\nThe previously disclosed intrusion into our payments platform resulted in remediation costs.\n")).not.toContain("incident-disclosure");
  });

  it("an escalation with no receiver counts only where its own clause names an incident", () => {
    expect(elements("## Response\n\nConfirmed incidents are escalated as appropriate.\n")).toContain("incident-escalation");
    expect(elements("## Support\n\nCustomer service issues are escalated to team leads.\n")).not.toContain("incident-escalation");
    expect(elements("## Support\n\nOur help desk escalates password reset requests that it cannot resolve to the network team.\n")).not.toContain("incident-escalation");
  });

  it("reports named as cybersecurity ones inform management; the same nouns about sales do not", () => {
    expect(elements("## Governance\n\nCybersecurity updates are provided to the Chief Operating Officer at each monthly review.\n")).toContain("management-informed");
    expect(elements("## Governance\n\nEach month, our CISO briefs the General Counsel on open security matters.\n")).toContain("management-informed");
    expect(elements("## Governance\n\nOur sales team reports weekly pipeline metrics to the Chief Revenue Officer.\n")).not.toContain("management-informed");
  });

  it("who decides materiality, in either order, is escalation; an event affecting policyholder data is still an incident", () => {
    expect(elements("## Response\n\nWhether an incident is material is decided by the Incident Review Board.\n")).toContain("incident-escalation");
    expect(elements("## Response\n\nDeterminations of materiality are made by our Chief Financial Officer.\n")).toContain("incident-escalation");
    expect(elements("## Response\n\nThe Chief Information Officer is informed of any cybersecurity event that could affect policyholder data.\n")).toContain(
      "incident-escalation",
    );
  });

  it("the condition that opens a clause is what it is about; a verb that only informs needs no topic", () => {
    const [r] = roles("In the event of a cybersecurity incident, the CISO is notified.");
    expect(r.topics).toEqual(["In the event of a cybersecurity incident"]);
    expect(elements("## Response\n\nUpon detection of a breach, the security team informs the General Counsel.\n")).toEqual(
      expect.arrayContaining(["management-informed", "incident-escalation"]),
    );
    expect(elements("## Governance\n\nThe CISO briefs the executive leadership team monthly.\n")).toContain("management-informed");
    expect(elements("## Governance\n\nThe executive team is briefed regularly by the CISO.\n")).toContain("management-informed");
    // "reports to" with no topic is a reporting line
    expect(elements("## Governance\n\nThe CISO reports to the Chief Information Officer.\n")).not.toContain("management-informed");
  });

  it("customers told of incidents is disclosure, customers given reports is not; safety incidents and marketing reports are not cybersecurity", () => {
    expect(elements("## Response\n\nWhere required by contract, we inform customers of security incidents that affect their data.\n")).toContain("incident-disclosure");
    expect(elements("## Assurance\n\nWe provide our SOC 2 reports to customers on request.\n")).not.toContain("incident-disclosure");
    const safety = elements("## Governance\n\nSignificant workplace safety incidents are reported to the Chief Operating Officer.\n");
    expect(safety).not.toContain("management-informed");
    expect(safety).not.toContain("incident-escalation");
    expect(elements("## Governance\n\nOur marketing team provides monthly reports on campaign performance to the Chief Marketing Officer.\n")).not.toContain("management-informed");
  });

  it("a notice the law may require, in a risk-factor sentence, is no disclosure process", () => {
    expect(elements("## Risks\n\nRegulators may require us to notify customers of a breach, and such notices could be costly.\n")).not.toContain("incident-disclosure");
    expect(elements("## Response\n\nOur incident response plan provides for notifying regulators of breaches, as may be required by law.\n")).toContain("incident-disclosure");
  });
});

describe("findInforming: a sentence that refers back to the one before it", () => {
  const RULES = loadRuleSet();
  const back = (text: string) => {
    const words = tokenize(text);
    const show = (s: { start: number; end: number }) => text.slice(s.start, s.end);
    return findInforming(text, words).filter((r) => r.refersBack).map((r) => ({ says: show(r.verb), about: r.topics.map(show), receiver: r.receiver }));
  };
  /** The elements a one-paragraph Markdown draft addresses. */
  const elements = (paragraph: string) => {
    const text = `# Item 1C. Cybersecurity\n\n${paragraph}\n`;
    const doc = { file: "draft.md", format: "markdown" as const, text, encoding: "utf-8" };
    const ctx = new DocumentContext(disclosureFrom([doc], readProseBlocks(doc, markdownBlocks(text))), RULES.lexicons, RULES.cues, RULES.elements);
    return ctx.describeParagraphs().flatMap((p) => p.elements);
  };

  it("records a sentence with a pronoun or \"these …\" as saying something of the sentence before it, with no receiver", () => {
    expect(back("We rely on cloud and payroll providers. These providers are reassessed each year.")).toEqual([
      { says: "These providers are reassessed each year.", about: ["We rely on cloud and payroll providers."], receiver: undefined },
    ]);
    expect(back("Our CROs hold trial data. Before we select one of them, we review its security.")[0].about).toEqual(["Our CROs hold trial data."]);
  });

  it("does not reach across a paragraph break, nor record a sentence with no anaphor", () => {
    expect(back("We rely on vendors.\nThey are reviewed.")).toEqual([]);
    expect(back("We rely on vendors. We review our own controls each year.")).toEqual([]);
    expect(back("We engage assessors. Their work covers areas such as penetration testing.")).toHaveLength(1);
    expect(back("We engage assessors. The work covers areas such as penetration testing.")).toEqual([]);
    // "that" points back at a sentence's start or after a preposition, not as a conjunction
    expect(back("Management keeps a register of top risks. Cyber threats are part of that register.")).toHaveLength(1);
    expect(back("Management keeps a register of top risks. We believe that our controls are adequate.")).toEqual([]);
  });

  it("answers vendor oversight and integration when the party or process is named in one sentence and the action in the next", () => {
    expect(elements("We depend on a few key vendors. They are required by contract to maintain safeguards and to notify us within 72 hours of a breach.")).toContain("third-party-oversight");
    expect(elements("Many of our key systems are hosted by outside service providers. We evaluate their controls before onboarding and monitor them thereafter.")).toContain("third-party-oversight");
    expect(elements("Our ERM Committee, a management committee, reviews all top enterprise risks quarterly. Cybersecurity is among them.")).toContain("integration");
  });

  it("does not take a vendor's own risk, or our own controls after a vendor sentence, for oversight", () => {
    expect(elements("We depend on a few key vendors. They could suffer breaches that disrupt our operations.")).not.toContain("third-party-oversight");
    expect(elements("Our ERM program covers inflation and interest rates. It is reviewed by the Board each year.")).not.toContain("integration");
    // the pronoun must be the party the check is about, not the checker
    expect(elements("We engage independent third parties. These third parties assess our compliance with applicable laws.")).not.toContain("third-party-oversight");
  });
});

describe("findInforming: making known and escalating with no receiver named", () => {
  it("reads disclosing as an act whose topic is its object or passive subject", () => {
    expect(roles("Where an incident is determined to be material, we will disclose it on Form 8-K.")).toContainEqual(
      expect.objectContaining({ verb: "disclose", voice: "active", giver: "we will", receiver: "-", topics: ["it", "on Form 8-K", "Where an incident is determined to be material"] }),
    );
    expect(roles("Material incidents will be publicly disclosed.")).toEqual([{ verb: "disclosed", voice: "passive", giver: "-", receiver: "-", topics: ["Material incidents will"] }]);
    expect(roles("We announce material breaches to the market promptly.")).toEqual([{ verb: "announce", voice: "active", giver: "We", receiver: "the market promptly", topics: ["material breaches"] }]);
  });
  it("reads the noun of disclosure only with its object or receiver, and a participle before its noun not at all", () => {
    expect(roles("Public disclosure of material cybersecurity incidents follows a documented process.")).toEqual([
      { verb: "disclosure", voice: "active", giver: "-", receiver: "-", topics: ["of material cybersecurity incidents follows a documented process"] },
    ]);
    expect(roles("They decide whether an incident requires an announcement to the market.").map((r) => r.receiver)).toEqual(["the market"]);
    expect(roles("Regulatory disclosure requirements for cybersecurity incidents could increase our costs.")).toEqual([]);
    expect(roles("The previously disclosed intrusion resulted in remediation costs.")).toEqual([]);
  });
  it("keeps a law's duty for others in the giver, where a not-giver lexicon can read it", () => {
    const [r] = roles("Laws in many jurisdictions require companies to notify individuals of data breaches.");
    expect(r).toMatchObject({ verb: "notify", giver: "Laws in many jurisdictions require companies to", receiver: "individuals" });
  });
  it("finds the receiver of a passive after a manner phrase", () => {
    expect(roles("Any suspected breach is to be notified without delay to the Group Data Protection Officer.")).toEqual([
      { verb: "notified", voice: "passive", giver: "-", receiver: "the Group Data Protection Officer", topics: ["Any suspected breach is to"] },
    ]);
  });
  it("reads an escalation with no receiver as about its own clause only", () => {
    expect(roles("Incidents are escalated as appropriate, and our customers may read our security blog.")).toEqual([
      { verb: "escalated", voice: "passive", giver: "-", receiver: "-", topics: ["Incidents are escalated as appropriate"] },
    ]);
    expect(roles("Our plan includes escalation procedures for cybersecurity incidents.")[0]).toMatchObject({ verb: "escalation", topics: ["Our plan includes escalation procedures for cybersecurity incidents"] });
    expect(roles("Amid escalating geopolitical tensions, cyber attacks may increase.")).toEqual([]);
    expect(roles("Customer service issues are escalated to team leads.")).toEqual([{ verb: "escalated", voice: "passive", giver: "-", receiver: "team leads", topics: ["Customer service issues"] }]);
  });
});
