// Round 30 (acc30-engine): the clause reader, sentence by sentence. Fictional sentences and paragraphs;
// the cases not marked "still" (guards against over-reach) fail at the round's base (c0964cf).
import { describe, expect, it } from "vitest";
import { paragraphElements as elements } from "../helpers.js";
import { both, told } from "./clause-roles.js";

/** The paragraph addresses every one of `ids`. */
const finds = (text: string, ids: string[]) => expect(elements(text)).toEqual(expect.arrayContaining(ids));
/** The paragraph addresses none of `ids`. */
const lacks = (text: string, ids: string[]) => both(text, [], ids);

describe("a body whose remit sentence names no cyber word, tied to cybersecurity by a later sentence (offTopicReadsForward)", () => {
  it("the defined term two sentences on: management's committee", () =>
    finds(
      'The Enterprise Risk Management Committee (the "ERMC") oversees the Company\'s top enterprise risks and mitigation plans. The ERMC meets quarterly and is chaired by our Chief Financial Officer. The ERMC, which includes our Chief Information Security Officer, receives periodic updates on cybersecurity risks and incidents.',
      ["management-role", "management-positions", "management-informed"],
    ));
  it("'It' opening the sentence after 'The Council …': the council is told, and it is management's", () => {
    const text =
      "Our Risk Council, made up of our senior executives, oversees the Company's top enterprise risks and mitigation plans. The Council meets each month. It also receives a report on cybersecurity threats and incidents from our Chief Information Security Officer at every meeting.";
    both(text, ["management-role", "management-positions", "management-informed"], ["board-informed", "reports-to-board"]);
  });
  it("still: a council never tied to cybersecurity (a later sentence names the CISO's report to a board committee) is not management's cyber body", () =>
    lacks(
      "Our Risk Council, made up of our senior executives, oversees the Company's top enterprise risks and mitigation plans. The Council meets each month. Our Chief Information Security Officer reports to the Audit Committee on cybersecurity threats.",
      ["management-role", "management-positions"],
    ));
  it("still: 'Cybersecurity is among them' points back to the risks, not the committee", () => {
    const text = "Our Executive Risk Committee oversees the Company's top enterprise risks and mitigation plans. Cybersecurity is among them.";
    expect(elements(text)).not.toContain("management-positions");
  });
});

describe("who is told what: list items, receivers first, the means of telling", () => {
  it("a serial list's last item ('…, and the findings of our annual risk assessments') is what is reported, not a clause", () => {
    const text =
      "Our Chief Information Security Officer updates the Audit Committee on the status of our security roadmap, significant changes in the threats facing dental laboratories, and the findings of our annual risk assessments.";
    expect(told(text)[0]).toContain("the findings");
    both(text, ["board-informed", "reports-to-board"], ["processes"]);
  });
  it("still: ', and the committee reviews …' is a clause of its own", () => {
    const text = "Our CISO updates the Audit Committee on our security roadmap, open vulnerabilities, and the committee reviews the program each year.";
    expect(told(text).some((t) => t.startsWith("updates:") && t.includes("the committee reviews"))).toBe(false);
  });
  it("'sends the Chief Executive Officer and the Audit Committee a written report': two receivers first; the report's topics are told", () => {
    const text =
      "Each quarter she sends the Chief Executive Officer and the Audit Committee a written report that covers the program's key metrics, the progress of our multi-year security roadmap, the results of phishing simulations, and the findings of our risk assessments.";
    expect(told(text)[0]).toMatch(/^sends: .* -> the Chief Executive Officer and the Audit Committee/);
    both(text, ["management-informed"], ["processes"]);
  });
  it("'gives the Chief Executive Officer and the Audit Committee a written summary': management informed as well as the board", () => {
    const text =
      "Each quarter, our Chief Information Security Officer gives the Chief Executive Officer and the Audit Committee a written summary of the program's metrics, recent incidents and emerging threats, and she meets with the Committee in executive session once a year.";
    both(text, ["management-informed", "reports-to-board", "board-informed"], ["incident-escalation"]);
  });
  it("'receives from the Vice President … a written report': the giver before the report", () => {
    const text =
      "Each quarter the Risk Committee of our Board receives from the Vice President of Information Security a written report describing open vulnerabilities and any incidents that met the threshold for escalation.";
    expect(told(text)[0]).toMatch(/^receives: the Vice President of Information Security -> Each quarter the Risk Committee of our Board \[a written report \| describing open vulnerabilities/);
  });
  it("'receives, <an aside>, a briefing from': the aside between commas is skipped", () => {
    const text =
      "Our full Board receives, at least annually and more often when circumstances warrant, a briefing from the Chief Information Security Officer on the cybersecurity threat landscape and our incident readiness.";
    expect(told(text)[0]).toMatch(/^receives: the Chief Information Security Officer -> Our full Board/);
  });
  it("'is apprised of … through a report that our Chief Technology Officer presents': the report's maker tells the board", () => {
    const text =
      "The Board is apprised of significant cybersecurity developments, including material changes in the threat landscape and the status of our remediation projects, through a report that our Chief Technology Officer presents at its July meeting each year.";
    expect(told(text)[0]).toMatch(/^apprised: our Chief Technology Officer -> The Board/);
    expect(elements(text)).toEqual(expect.arrayContaining(["board-informed", "reports-to-board"]));
  });
  it("'is briefed by telephone by our CISO': the means is not the giver", () => {
    const text = "The Chair of the Audit Committee is briefed by telephone by our Chief Information Security Officer whenever an incident is rated critical.";
    expect(told(text)[0]).toMatch(/^briefed: our Chief Information Security Officer -> The Chair of the Audit Committee/);
  });
});

describe("an escalation's giver that points back to the party named before it", () => {
  it.each<[string, string, "finds" | "lacks", string[]]>([
    ["'the provider … escalates' after a managed detection and response provider is the company's own escalation path", "We retain a managed detection and response provider that monitors our endpoints and network traffic around the clock; the provider triages each alert and escalates those it confirms as incidents to our IT Security Manager within thirty minutes.", "finds", ["incident-escalation", "management-informed"]],
    ["still: 'the provider' after a software vendor that tells us of its own incidents is not our escalation path", "Our contracts require each software vendor to tell us of any breach of its own systems; the vendor notifies our IT Security Manager of such incidents within three days.", "lacks", ["incident-escalation"]],
  ])("%s", (_name, text, how, ids) => (how === "finds" ? finds(text, ids) : lacks(text, ids)));
});

describe("the board's side, sentence by sentence", () => {
  it.each<[string, string, "finds" | "lacks", string[]]>([
    ["a committee named right after 'The Board oversees risk … through three standing committees' is one of them: one security word in its long remit is board oversight", "The Board oversees risk directly and through three standing committees. The Quality and Compliance Committee, formed in 2022, oversees risks relating to product quality, the FDA registration of our laboratories, the privacy and security of patient information, and our compliance with healthcare fraud laws.", "finds", ["board-oversight", "board-committee"]],
    ["still: a committee the sentence before does not give to the board stays unknown", "Management oversees risk directly and through three working groups. The Quality and Compliance Committee, formed in 2022, oversees risks relating to product quality, the FDA registration of our laboratories, the privacy and security of patient information, and our compliance with healthcare fraud laws.", "lacks", ["board-committee"]],
    ["a board committee approving the officers' annual objectives (the CISO among them) is no oversight of cybersecurity", "The Compensation Committee approves the annual objectives of our executive officers, including the Chief Information Security Officer, whose bonus this year depends in part on completing the move of our laboratory applications to a new hosting provider.", "lacks", ["board-oversight", "board-committee"]],
  ])("%s", (_name, text, how, ids) => (how === "finds" ? finds(text, ids) : lacks(text, ids)));
});
