/** A transfer of SIPRI's register, the direction a country is seen from, and a span of years. */
export interface Transfer {
  year: number;
  supplier: string;
  recipient: string;
  /** TIV, millions. */
  tiv: number;
}

export type Role = "imports" | "exports";

export interface Window {
  from: number;
  to: number;
}
