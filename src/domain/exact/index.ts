/**
 * Exact arithmetic, one owner: decimals (m × 10^e, the rules' sums and comparisons), fractions of
 * decimals (rules with × and ÷), and figures in thousandths (the same decimals at e = −3 as safe whole
 * numbers: the merge's sums over many units). Nothing here knows a rule, a code or a catalog.
 */
export {
  abs,
  add,
  compare,
  decimalOf,
  decimalPlaces,
  isZero,
  multiply,
  negate,
  parseDecimal,
  toNumber,
  ZERO,
  type Decimal,
} from "./decimal";
export { combineFractions, compareFractions, fractionOf, fractionToNumber, type Fraction } from "./fraction";
export { ExactTotal, exactSum, fromThousandths, isExactFigure, sameFigure, toThousandths } from "./thousandths";
