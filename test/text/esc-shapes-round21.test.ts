// Round 21 (acc21-esc): the incident path told without a verb of escalating (set G's "no escalation"
// infos where the path names whom it brings in, when, or by what severity).
// Fictional sentences throughout; hard negatives of the same words keep their answer.
import { describe, expect, it } from "vitest";
import { paragraphElements as elements } from "../helpers.js";

describe("an escalation path told by whom it brings in, when or by severity", () => {
  it.each([
    // communications initiated to groups that include officers (a relative clause names them)
    "When a cybersecurity incident is detected, the Cyber Defense Center of Norvale Pumps initiates communications to the relevant functions, which may include members of senior management such as the Chief Executive Officer.",
    // the plan defines when and how to engage executives
    "In the event of a suspected security incident, our response plan defines the procedures we follow, including when and how to engage with our executive leadership team.",
    // severity first, an officer notifies officers
    "Depending on the severity assigned to a security incident, the incident commander notifies the Chief Operating Officer and the Chief Legal Officer.",
    // incidents by class, the team engages officers
    "For cybersecurity incidents classified as high or critical, our response team engages the Chief Financial Officer.",
    // a line of communication opened with executives
    "Once a security incident is confirmed, the Global Security Office opens a line of communication with the affected business leaders and the executive officers.",
    // the officers first, engaged in an incident's response
    "Under the cybersecurity incident handbook, the executive committee is to be engaged in the response to any incident rated severe.",
  ])("%s", (text) => expect(elements(text)).toEqual(expect.arrayContaining(["incident-escalation", "management-informed"])));
});

describe("the same words with no escalation path", () => {
  it.each([
    // outside firms engaged for an incident
    "If a cybersecurity incident is detected, our response plan sets out when we engage outside forensic investigators and external counsel.",
    // executives engaged for non-cyber events
    "Our crisis plan specifies when the executive leadership team is engaged for severe storms and supply interruptions.",
    // communications to outsiders for a recall
    "The communications team initiates communications to customers, suppliers and the media in the event of a product recall.",
    // an officer engages employees
    "Our Chief Executive Officer engages regularly with employees through town halls on the company's strategy.",
    // a plan that engages managers about service complaints
    "Our customer care plan defines when and how to engage with store managers and regional directors about service complaints.",
  ])("%s", (text) => expect(elements(text)).not.toContain("incident-escalation"));
});
