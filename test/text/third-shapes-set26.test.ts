// Realistic set 26 (docs/realistic-set26.md): a thin filer's reliance on the security of the party that runs its systems is not a
// process to oversee that party. A SPAC's "…services that our sponsor provides to us under our administrative services
// agreement, and we rely on the security measures of our sponsor and of the providers of those services" read as a contract
// carrying security terms (element-third-party-oversight's near item: contract, provider and "security measure*" within 20
// words) and, against #5 false and "We do not have processes to oversee …", drew a false contradiction warning. Fictional
// sentences; each shape has sentences it must read and near misses it must leave.
import { testShapes, type Shape } from "./shape-table.js";

const SHAPES: Shape[] = [
  {
    element: "third-party-oversight",
    shape: "relying on a provider's security measures, beside the agreement it serves under, is not a contract's security terms",
    yes: [
      "Our agreements with the providers of our email and accounting services require them to maintain security measures and to notify us of any breach.",
      "Each provider's contract sets the security measures it must maintain, and we review its SOC 2 report every year.",
    ],
    no: [
      "Our email and file storage are services that our parent provides to us under a shared services agreement, and we rely on the security measures of our parent and of the providers of those services.",
      "The Fund's records are kept by its administrator under an administration agreement, and the Fund relies on the security measures of the administrator and its other service providers.",
    ],
  },
];

testShapes(SHAPES);
