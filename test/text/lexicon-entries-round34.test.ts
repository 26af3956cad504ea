// Round 34 (acc34-lex): element lexicon entries judged by their true and false detections over the paraphrase batches
// (npm run entries: half A of the batch files chose, half B, the tune split and calibration checked; docs/accuracy.md,
// "Round 34 - lexicon entries by their precision over all the paraphrase data"). Cases not marked "still" fail at the
// round's base (c3f36a4). Fictional sentences.
import { describe, it } from "vitest";
import { both } from "./clause-roles.js";

describe("processes: 'we have a program' says what the company owns, 'our …' names no doer: not a process it runs", () => {
  it("possession: '…, and we have a compliance program to keep up with them' (element-processes near 'we … implement/maintain … program': not have / has)", () =>
    both("We are subject to state privacy and data breach laws in each state where we sell, and we have a compliance program to keep up with them.", [], ["processes"]));
  it("possession: 'The Company has a records retention program and a travel policy …'", () =>
    both("The Company has a records retention program and a travel policy that apply to all of its employees.", [], ["processes"]));
  it("'our' is no subject: 'Our game developers are experienced in secure coding practices …'", () =>
    both("Our game developers are experienced in secure coding practices, and most of them hold industry certifications.", [], ["processes"]));
  it("still (it failed with have / has gone: calibration set 5's halberd): the denial keeps its possession verb, '… We therefore have no program of our own to assess, identify and manage cybersecurity risks …' (have no, has no)", () =>
    both(
      "As a blank check company formed to effect a business combination, we have no operations and no information technology systems of our own. We use e-mail and accounting services provided by our sponsor, Tallow Creek Sponsor LLC, and our trust account is held at a bank and administered by a trustee. We therefore have no program of our own to assess, identify and manage cybersecurity risks; we rely on the controls of our sponsor and trustee, which we have not assessed. Because we have no such program, it is not part of any wider risk management program.",
      ["processes"],
      [],
    ));
  it("still: a verb of doing keeps the shape: 'We utilize a layered approach to identify and mitigate …'", () =>
    both("We utilize a layered approach to identify, evaluate and mitigate cybersecurity threats to our store and warehouse systems.", ["processes"], []));
  it("still: 'we have implemented and maintain a cybersecurity program'", () =>
    both("We have implemented and maintain a cybersecurity program for our ski resorts that covers our ticketing and lodging systems.", ["processes"], []));
});

describe("board-oversight: 'reviewed with' / 'approved by' the board tells or asks the board, it is not the board's oversight", () => {
  it("'… and the results are reviewed with the Audit Committee' (element-board-oversight near 'oversight/… by/with … board': not reviewed, approved)", () =>
    both("We hire an outside firm each year to assess our information security program against the NIST framework, and the results are reviewed with the Audit Committee.", ["processes"], ["board-oversight"]));
  it("'… the risk appetite statement approved by the Board' names who signed a document", () =>
    both("Cyber risk is rated through the operational risk framework of the Bank, which feeds the risk appetite statement approved by the Board.", [], ["board-oversight"]));
  it("still: 'oversight by the Audit Committee'", () =>
    both("Our cybersecurity program is subject to oversight by the Audit Committee, which receives a report from the CISO each quarter.", ["board-oversight"], []));
});
