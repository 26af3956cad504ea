// Round 29 (acc29-process): shapes of long Item 1C paragraphs read from test/accuracy/paraphrases/round29.process.json and
// the lead's sealed long batch round28.sealed.json, each judged alone as the one paragraph of a draft. The near misses
// and two positives (the customers' data, the business unit's other risks) fail at base 5448b47 (11 of 24 cases); the
// other positives and "The CISO stays informed …" are guards that held at base and must
// still hold.
import { describe } from "vitest";
import { testShapes } from "./shape-table.js";

describe("round 29 process shapes", () => {
  testShapes([
    {
      element: "processes",
      shape: "one incident's history, the steps taken once to recover (sentence-processes-incident-history)",
      yes: [
        "Each plant restores a production line from these backups once a year to confirm that the procedure works.",
        "We have isolated our plant networks from our corporate network.",
        "Affected systems can be restored from immutable backups.",
      ],
      no: [
        "We shut down the application the same day, applied the vendor's patch when it became available, reset the credentials that the application used and confirmed that the attacker had not reached our other systems.",
        "The vendor has since reported that it restored its systems from backups and engaged a forensic firm to investigate.",
        "We moved those terminals to manual procedures, restored service through the provider's backup environment, and found no evidence that our data was taken.",
      ],
    },
    {
      element: "processes",
      shape: "how a manager stays informed, and through what (sentence-processes-information-flow)",
      yes: [
        "Our security team monitors the prevention of malware through endpoint detection tools on every laptop.",
        "We conduct penetration tests twice a year, and the CISO reviews the results with the CIO.",
        "Employees are informed of emerging phishing threats and recent attack techniques through monthly security newsletters.",
        "Employees are kept informed about current phishing techniques through a monthly security newsletter.",
      ],
      no: [
        "The CISO stays informed about threats and incidents through daily reports from the security operations team, threat intelligence from an industry information sharing organization and weekly meetings with our infrastructure leaders.",
        "Our Chief Information Security Officer monitors the prevention, detection, mitigation and remediation of cybersecurity incidents through weekly operational metrics from the security operations center, threat intelligence feeds and the incident tracking system.",
        "Ms. Raman stays informed about threats and incidents through daily reports from our security operations analysts, industry threat bulletins and monthly meetings with the leaders of our plants.",
        "Between meetings, Ms. Raman sends the committee chair a written update whenever an incident is rated high or critical.",
      ],
    },
    {
      element: "processes",
      shape: "the company as its customers' vendor (sentence-third-party-oversight-registrant-vendor)",
      yes: ["We protect our customers' data and assess our controls against the NIST Cybersecurity Framework each year."],
      no: [
        "Many of our pharmaceutical and hospital customers treat us as a critical supplier and assess our security before they buy our instruments.",
      ],
    },
    {
      element: "third-party-oversight",
      shape: "customers who assess us are not vendors we oversee (sentence-third-party-oversight-registrant-vendor)",
      yes: ["We assess the security of each critical supplier before we sign a contract with it."],
      no: [
        "Many of our pharmaceutical and hospital customers treat us as a critical supplier and assess our security before they buy our instruments.",
      ],
    },
    {
      element: "processes",
      shape: "the threats we face, nothing of ours acting (sentence-caveat)",
      yes: ["We face frequent phishing attempts, which we block with e-mail filtering and which employees are trained to report."],
      no: [
        "Like other software companies, we face frequent attempts by criminal groups and others to gain unauthorized access to our systems and to our customers' data, including through phishing, credential stuffing and the exploitation of vulnerabilities in open-source components.",
      ],
    },
    {
      element: "integration",
      shape: "reviewed with another body's other risks (element-integration)",
      yes: [
        "The security team performs a risk review of each new system, and high risks that a business unit accepts are recorded in the Company's risk register, where they are reviewed with the unit's other operational risks.",
        "Cybersecurity risks are reviewed with the Company's other principal risks by the Enterprise Risk Committee.",
      ],
      no: [
        "The security team performs a risk review of each new system, and high risks that a business unit accepts are recorded in our security risk register and reviewed with the CISO's other direct reports.",
        "Cybersecurity risks are discussed together with the Company's other risks in Item 1A, Risk Factors.",
      ],
    },
  ]);
});
