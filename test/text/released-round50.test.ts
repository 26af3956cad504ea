// Round 50 (acc50-released, issue 10): the class read from the paraphrase split's processes misses once C34 was applied
// (docs/accuracy.md "Round 50 - C34 applied; round48.sealed's errors and processes misses, measured on a batch not tuned
// on"):
// - ASSESS-ACTOR, an actor that does assess, identify, evaluate or rate the cybersecurity risks or threats ("our CISO
//   evaluates the cybersecurity risks of new products", "the Security Forum assesses our cybersecurity risks every month"):
//   labels/README.md C34 (adopted at round 50's start) reads it as processes, whatever the actor (a position, a committee,
//   management, a firm), in the present or the past; a duty only ("is responsible for assessing"), a purpose or an aim ("to
//   identify, assess and manage"), a denial ("has not identified any") and the ERM yardstick (C29) are not.
// Fictional sentences written before the reading, none of them in a paraphrase batch. NOW_FOUND cases fail at base 655fc10c
// (run with the base's rules/lexicons/element-processes.json put back and rebuilt); the guards pass at base and must not change.
// Taken out on the branch because batch B did not move; restored by the lead at the merge: it moved held-out, real filings
// never tuned on (556/38/53 -> 557/38/52, figures only, no fp), which is the round's rule's own measure of carry-over.
import { checkClasses, type ClassCase } from "./precision-classes.js";

/** [class, paragraph, element it must now find] — missed at base. */
const NOW_FOUND: ClassCase[] = [
  ["ASSESS-ACTOR: a named officer assesses the cybersecurity risks each quarter", "Our Chief Technology Officer assesses the cybersecurity risks facing our loyalty app every quarter.", "processes"],
  ["ASSESS-ACTOR: a committee evaluated the threats to our control systems, past tense", "The Plant Systems Committee evaluated the threats to our bottling lines' control systems in 2025.", "processes"],
  ["ASSESS-ACTOR: managers identify the cyber risks at each site", "Our regional IT managers identify the cyber risks at each warehouse and record them in a shared log.", "processes"],
  ["ASSESS-ACTOR: a director rates the cyber threats each spring", "Each spring our Director of Information Systems rates the cyber threats to the reservation platform.", "processes"],
  ["ASSESS-ACTOR: a vice president evaluates each new system's cybersecurity risks", "Our Vice President of Technology evaluates the cybersecurity risks of every new store system before it opens.", "processes"],
];

/** [class, paragraph, element it must not find] — guards: not found at base either, and must stay so. */
const GUARDS_NOT: ClassCase[] = [
  ["guard, a duty only (C34, C3): responsible for assessing", "Our Chief Technology Officer is responsible for assessing the cybersecurity risks facing our loyalty app.", "processes"],
  ["guard, an aim (C3): designed to identify, assess and manage", "Our program is designed to identify, assess and manage cybersecurity risks.", "processes"],
  ["guard, a denial (material-effect): has not identified any", "Management has not identified any cybersecurity threats that have materially affected the Company.", "processes"],
  ["guard, a board body reviewing management's assessment (C22)", "The Audit Committee reviews management's assessment of cybersecurity risks each year.", "processes"],
  ["guard, identified risks as a report's topic", "Our Chief Information Officer reports identified cybersecurity risks to the Audit Committee each quarter.", "processes"],
  ["guard, a risk that is not cybersecurity", "Our General Counsel evaluates the legal risks of each acquisition.", "processes"],
  ["guard, the board oversees management's efforts to identify, assess and manage", "The Board oversees management's efforts to identify, assess and manage cybersecurity risks.", "processes"],
  ["guard, the ERM yardstick (C29)", "Our Risk Committee evaluates cybersecurity risks together with the other principal risks of the business.", "processes"],
  ["guard, consultants help us assess (C4: engaged only)", "Our consultants help us assess the cybersecurity risks of new acquisitions.", "processes"],
];

checkClasses("round 50: ASSESS-ACTOR, whoever does assess the cybersecurity risks (C34)", { notAnyMore: GUARDS_NOT, nowFound: NOW_FOUND, still: [] });
