// Round 48 (acc48-tpe, issue 10): third-party-engaged readings by structure (docs/accuracy.md "Round 48 - third-party-engaged
// measured on a batch not tuned on"), each a class of who engages whom, none one batch item's words (element-third-party-engaged):
// - POSSESSIVE-TRADE (reverted in 10bd8378: it read an MSP that only hosts our payroll as engaged), the registrant's own provider named by its IT or security trade ("our outsourced IT provider"): the
//   possessive says we engaged it, whatever the verb (relies on, coordinates with, prepared by, with the help of); not a
//   provider's people "from our" provider, nor one with no security work within twelve words (an MSP that only hosts
//   our payroll is a vendor, round 24), nor "some of our" providers (the vendor-oversight register);
// - CERT-BODY, a certification body that audits or certifies us, the active twin of "audited by a certification body";
// - OUTSIDE-AGENT, security work whose by-agent is called outside, external or independent whatever its noun ("conducted
//   ... by an outside team", "checked ... by external engineers"); not independent directors, not external-facing systems;
// - PROVIDER-RUNS, a vendor we pay to do security work, or patching done for us.
// Fictional sentences, none of them in a paraphrase batch. At base 298c104a every NOW_FOUND case fails (checked by running
// this file with the base's element-third-party-engaged.json copied back: src/ is unchanged); the guards pass at base and must
// not change.
import { checkClasses, type ClassCase } from "./precision-classes.js";

const E = "third-party-engaged";

/** [class, paragraph, element it must now find] — missed at base. */
const NOW_FOUND: ClassCase[] = [
  ["CERT-BODY: a certification body audits us", "Every twelve months an accredited certification body audits the controls of our claims-processing center against ISO/IEC 27001.", E],
  ["CERT-BODY: a certification body certifies us", "Our parent appoints an accredited body to certify the security management system of each of its mills.", E],
  ["OUTSIDE-AGENT: exercises conducted by an outside team", "Breach simulations against our reservation platform are conducted every autumn by an outside team working under a fixed-fee contract.", E],
  ["OUTSIDE-AGENT: checked by external engineers", "The control systems of our toll plazas were checked for weaknesses by external engineers in June.", E],
  ["PROVIDER-RUNS: a vendor we pay to monitor", "Overnight, a vendor we pay monitors the pharmacy network and quarantines any terminal that behaves oddly.", E],
];

/** [class, paragraph, element it must still not find] — not found at base either. */
const STILL_NOT: ClassCase[] = [
  ["guard: a provider's consultants on our premises are overseen", "Consultants from our managed service provider who visit our offices must wear badges and are escorted at all times.", E],
  ["guard: some of our providers' subcontractors", "Some of our managed service providers use subcontractors, who must accept the same security terms.", E],
  ["guard: external-facing systems are no outside agent", "Risks are assessed each year by our own infrastructure staff, who also scan our external-facing web servers monthly.", E],
  ["guard: an MSP that only hosts our systems is a vendor (third-shapes-round22)", "Our managed service provider runs the billing server and the timesheet application.", E],
  ["guard: a payroll provider is no security trade", "Our payroll provider keeps our employees' bank details on its own servers.", E],
];

/** [class, paragraph, element it must still find] — found at base too. */
const STILL: ClassCase[] = [
  ["guard: the passive with a firm", "Our patch process is audited by a consulting firm every second year.", E],
  ["guard: coordinates with our managed security provider", "Our Chief Operating Officer coordinates with our managed security provider whenever a depot's network goes down.", E],
  ["guard: an outside team runs phishing drills", "Phishing drills are run twice a year by an outside team of specialists.", E],
];

checkClasses("round 48: third-party-engaged by structure (acc48-tpe)", { notAnyMore: STILL_NOT, nowFound: NOW_FOUND, still: STILL });
