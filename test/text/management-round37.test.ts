// Round 37 (acc37-mgmt): management's role and positions, the leftovers of rounds 35-36 (docs/accuracy.md, "Round 37 -
// management's role and positions, the leftovers (acc37-mgmt)"). Each class read by grammar, with variants of other
// wording; cases not marked "still" fail at the round's base (321ae27b).
// Fictional sentences.
import { describe, it } from "vitest";
import { both } from "./clause-roles.js";

const ROLE = ["management-role", "management-positions"];

describe("a prefixed title ('the Group CISO', 'Our Divisional CISO for Europe') with a long relative clause before its verb", () => {
  it("'Dr. Ilse Brandt, the Group CISO, who joined … and holds …, is responsible for …'", () =>
    both(
      "Dr. Ilse Brandt, the Group CISO, who joined Marrowfield in 2017 after nine years at a shipping line and who holds a master's degree in computer science, is responsible for our information security program.",
      [...ROLE, "management-expertise"],
      [],
    ));
  it("'Our Divisional CISO for Europe, who previously led …, oversees the assessment of cybersecurity risks …'", () =>
    both(
      "Our Divisional CISO for Europe, who was appointed in 2022 and who previously led security engineering at a payments company for eight years, oversees the assessment of cybersecurity risks at our European plants.",
      ROLE,
      [],
    ));
  it("an abbreviation inside the relative clause: '…, who spent ten years in the U.S. Department of Defense's cyber units, is responsible …'", () =>
    both(
      "Our Chief Information Security Officer, who spent ten years in the U.S. Department of Defense's cyber units before joining us, is responsible for our cybersecurity program and leads a team of twelve.",
      ROLE,
      [],
    ));
  it("still: a prefixed sales title with a relative clause is no cybersecurity position", () =>
    both("Our Regional Sales Director for Europe, who joined us in 2019 from a competitor, is responsible for our distributor relationships.", [], ROLE));
});

describe("positions listed after a colon: 'overseen by two officers: our CIO and our Vice President of …'", () => {
  it("still: 'Our information security program is overseen by two officers: our Chief Information Officer and …'", () =>
    both("Our information security program is overseen by two officers: our Chief Information Officer and our Vice President of Information Security.", ROLE, []));
  it("'Cybersecurity risk is managed by three executives: the Chief Technology Officer, …'", () =>
    both("Cybersecurity risk is managed by three executives: the Chief Technology Officer, the Chief Financial Officer and the General Counsel.", ROLE, []));
  it("still: a program reviewed by two outside firms after a colon names no position", () =>
    both("Our information security program is reviewed each year by two outside firms: a penetration tester and a PCI assessor.", [], ["management-positions"]));
});

describe("a trailing relative clause on the responsible position is not the remit ('the responsibility of our COO, who leads the engineering teams …')", () => {
  it("'Cybersecurity at our terminals is the responsibility of our Chief Operating Officer, who leads the engineering teams …'", () =>
    both(
      "Cybersecurity at our terminals is the responsibility of our Chief Operating Officer, who leads the engineering teams that maintain our cranes and gate systems.",
      ROLE,
      [],
    ));
  it("'The security of our store systems rests with our Chief Technology Officer, who manages our e-commerce platform …'", () =>
    both("The security of our store systems rests with our Chief Technology Officer, who manages our e-commerce platform and its engineering teams.", ROLE, []));
  it("still: the other remit in the main clause keeps it off ('…, who oversees our engineering teams, is responsible for our insurance program')", () =>
    both(
      "Our Chief Operating Officer, who oversees our engineering teams, is responsible for our insurance program, including the renewal of our cyber policy.",
      [],
      ROLE,
    ));
});

describe("still: a relative clause that is the sentence's only remit keeps it off the topic", () => {
  it("'Our IT team is led by our Director of IT, who also oversees our enterprise resource planning implementation.'", () =>
    both("Our IT team is led by our Director of IT, who also oversees our enterprise resource planning implementation.", [], ROLE));
  it("'Our Chief Risk Officer, who leads our enterprise risk management function, joined the Company in 2019 …'", () =>
    both("Our Chief Risk Officer, who leads our enterprise risk management function, joined the Company in 2019 after twenty years at a global bank.", [], ROLE));
});

describe("C23: a manager who directs remediation (sets its order or priority, assigns owners) has the role; one who only tracks it is informed", () => {
  it("'Our CISO sets the priorities for remediating the vulnerabilities found in our penetration tests.'", () =>
    both("Our CISO sets the priorities for remediating the vulnerabilities found in our penetration tests.", ROLE, []));
  it("'… reviewed by our Chief Information Officer, who sets the priority and timing of remediation.'", () =>
    both("The results of our quarterly vulnerability scans are reviewed by our Chief Information Officer, who sets the priority and timing of remediation.", [...ROLE, "management-informed"], []));
  it("'Our IT Manager assigns an owner and a deadline to each vulnerability rated high.'", () =>
    both("Our IT Manager assigns an owner and a deadline to each vulnerability rated high.", ROLE, []));
  it("still: 'Our CISO tracks each finding until it is remediated.' is management-informed only", () =>
    both("Our CISO tracks each finding until it is remediated.", ["management-informed"], ROLE));
  it("still: a marketing officer who prioritizes campaigns is no cybersecurity position", () =>
    both("Our Chief Marketing Officer prioritizes our campaigns and sets the order in which new stores open.", [], ROLE));
});

describe("a responsibility shared among or allocated to a list whose later items are positions (acc36-engine's class Q)", () => {
  it("'Oversight … is allocated among the Audit Committee of our Board, which …, our CISO, and …' (round34.sealed's shape)", () =>
    both(
      "Oversight of cybersecurity risk is allocated among the Audit Committee of our Board, which reviews the program under its charter twice a year, our Chief Information Security Officer, and our Chief Risk Officer.",
      [...ROLE, "board-oversight"],
      [],
    ));
  it("'Responsibility for cybersecurity is shared between our Chief Operating Officer and our Director of Information Technology.'", () =>
    both("Responsibility for cybersecurity is shared between our Chief Operating Officer and our Director of Information Technology.", ROLE, []));
  it("still: shared among the board, its committee and management names no position (C12)", () =>
    both("Oversight of cybersecurity risk is allocated among the Board, the Audit Committee and management.", ["board-oversight"], ["management-positions"]));
  it("still: a shared responsibility for another remit", () =>
    both("Responsibility for our insurance program is shared between our Chief Financial Officer and our General Counsel.", [], ROLE));
});

describe("still: a shared oversight whose position is only a reporter names no responsible position", () => {
  it("'Oversight is shared between the Board and the Audit Committee, which receives reports from our Chief Information Officer.'", () =>
    both("Oversight of cybersecurity risk is shared between the Board and the Audit Committee, which receives reports from our Chief Information Officer.", ["board-oversight"], ["management-positions"]));
});
