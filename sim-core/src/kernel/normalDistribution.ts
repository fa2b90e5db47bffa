/**
 * Standard normal helpers for the samplers: CDF via erfc and the inverse CDF.
 * Inverse-CDF sampling uses one uniform per draw, so a stream's position after n draws does not
 * depend on the values drawn (unlike rejection or Box-Muller with a cached pair).
 */

/** z with Phi(z) = 0.9: ln(p90 / median) = sigma * Z90 for a lognormal. */
export const Z90 = 1.2815515655446004;

/**
 * Complementary error function, fractional error < 1.2e-7 everywhere (Chebyshev fit from
 * Press et al., Numerical Recipes in C, 2nd ed., section 6.2, "erfcc").
 */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const poly =
    -z * z -
    1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t *
                      (0.27886807 +
                        t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const r = t * Math.exp(poly);
  return x >= 0 ? r : 2 - r;
}

/** Standard normal CDF. */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

/** Standard normal density. */
export function normalPdf(z: number): number {
  return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
}

// P. J. Acklam's rational approximation of the inverse normal CDF (relative error < 1.15e-9);
// coefficients written inline so the hot path reads no arrays.
const P_LOW = 0.02425;

/** Inverse standard normal CDF for p in (0, 1) (Acklam's algorithm, relative error < 1.15e-9). */
export function normalQuantile(p: number): number {
  if (p < P_LOW) return acklamTail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - P_LOW) return -acklamTail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  const num =
    (((((-3.969683028665376e1 * r + 2.209460984245205e2) * r - 2.759285104469687e2) * r +
      1.38357751867269e2) *
      r -
      3.066479806614716e1) *
      r +
      2.506628277459239) *
    q;
  const den =
    ((((-5.447609879822406e1 * r + 1.615858368580409e2) * r - 1.556989798598866e2) * r +
      6.680131188771972e1) *
      r -
      1.328068155288572e1) *
      r +
    1;
  return num / den;
}

function acklamTail(q: number): number {
  const num =
    ((((-7.784894002430293e-3 * q - 3.223964580411365e-1) * q - 2.400758277161838) * q - 2.549732539343734) *
      q +
      4.374664141464968) *
      q +
    2.938163982698783;
  const den =
    (((7.784695709041462e-3 * q + 3.224671290700398e-1) * q + 2.445134137142996) * q + 3.754408661907416) *
      q +
    1;
  return num / den;
}
