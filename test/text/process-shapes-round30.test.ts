// Round 30 (acc30-process): sentence shapes of processes (106(b)(1)) read from test/accuracy/paraphrases/round30.process.json
// and from the process, vendor, incident and long batches of rounds 4-29, each sentence judged alone as the one paragraph of
// a draft (every held-out error of round 29 was made by one sentence judged alone). Checked against a copy of the base's
// rules (c0964cf): every "reads" and every "leaves" fails there unless marked as a guard; the guards (and the near misses
// with no element word of their own) held at base and must still hold.
import { describe } from "vitest";
import { testShapes } from "./shape-table.js";

describe("round 30 process shapes", () => {
  testShapes([
    {
      element: "processes",
      shape: "activities told in nominal form before 'take place' (element-processes)",
      yes: [
        "The identification, assessment and prioritization of cybersecurity risks to our treatment plants, pumping stations and customer billing systems take place annually, with each risk scored for likelihood and consequence.",
        "Prioritization of the vulnerabilities found in our cloud and on-premises environments takes place weekly.",
        // guard: held at base
        "Monitoring of our networks is performed by a managed security provider.",
      ],
      no: ["The identification of new markets for our services takes place at the annual planning meeting of our executive team."],
    },
    {
      element: "processes",
      shape: "a remediation told by its time limit, in the passive (element-processes)",
      yes: [
        "Vulnerabilities found in our operational technology, whether by automated scans, by equipment makers' advisories or by our own engineers, are logged in a central tracker, ranked by the exposure of the affected asset and remediated within time limits that depend on that ranking.",
        "Critical weaknesses reported by our researchers are remediated within fifteen days.",
      ],
      no: ["Customer complaints about billing are resolved within ten days of receipt."],
    },
    {
      element: "processes",
      shape: "access restricted by the company (element-processes)",
      yes: [
        "Because several of our plants can be operated remotely, we restrict that access to named engineers on managed devices, record every remote session and review those recordings each month for activity that does not match an approved work order.",
        "We restrict administrative access to production servers to a small group of engineers.",
      ],
      no: ["State law restricts the dividends our regulated subsidiaries may pay to the holding company."],
    },
    {
      element: "processes",
      shape: "the workforce reports what it suspects to a help desk, service desk or SOC (element-processes; labels/README.md C14)",
      yes: [
        "Warehouse staff who receive a suspicious e-mail must report it to the service desk.",
        "Store employees who suspect that a payment terminal has been tampered with must contact the help desk at once.",
      ],
      no: ["Customers who have questions about their bills may contact our service desk by telephone."],
    },
    {
      element: "processes",
      shape: "threat information taken in, a disclosure program, playbooks and runbooks (element-processes)",
      yes: [
        "We participate in our sector's information sharing and analysis center and read its security advisories each day.",
        "Researchers may report flaws in our mobile application through our vulnerability disclosure program.",
        "Our playbooks set out the first steps to take for each category of incident.",
        "Our engineers follow written runbooks when they restore a database.",
      ],
      no: ["We receive rent from the tenants of our office buildings each month."],
    },
    {
      element: "processes",
      shape: "what an offering lets customers do (sentence-own-products)",
      yes: [
        // guard: held at base
        "All data we hold is encrypted at rest and in transit.",
      ],
      no: ["Customers can receive alerts when a meter reports tampering, and our integrated platform lets them add intrusion detection for their own pumping stations."],
    },
    {
      element: "processes",
      shape: "business continuity for storms and backup generators, no cyber word (sentence-processes-other-risk, element-processes)",
      yes: [
        // guard: held at base
        "Our business continuity plans address natural disasters, pandemics and cyberattacks, and we test our ability to restore critical systems from backups each year.",
      ],
      no: [
        "Each of our treatment plants has a business continuity plan for hurricanes, floods and extended power outages, including backup generators with fuel for at least seventy-two hours and agreements with neighboring utilities to share crews and equipment.",
        "Our larger plants have backup generators with fuel for at least three days, and we keep portable pumps and treatment units that can be moved to smaller systems.",
      ],
    },
    {
      element: "processes",
      shape: "suppliers chosen on procurement's criteria, no cyber word (sentence-processes-other-risk)",
      yes: [
        // guard: held at base
        "We assess the security controls of each supplier that will hold our data before we sign a contract.",
      ],
      no: [
        "We buy resin from suppliers in twelve countries, and we evaluate suppliers on quality, cost and delivery performance each year.",
        "Our purchasing team ranks vendors by spend and performs financial screenings of those that supply critical parts.",
      ],
    },
  ]);
});
