// Adobe's "Unsupported countries" table, as its page gives it (the reason or remediation column;
// empty where the page gives none): https://developer.adobe.com/vipmp/docs/references/supported-locales
// "All ISO 3166-1 2-character country codes are supported, except for the following table."
// The page's IR row runs into JE's ("Iran Embargoed | JE Jersey Use country GB"): read as two rows.

/** ISO 3166-1 alpha-2 code → Adobe's reason or remediation ('' where the page gives none). */
export const ADOBE_UNSUPPORTED_COUNTRIES: Readonly<Record<string, string>> = {
  AQ: 'No population',
  AX: 'Use country FI with region 01',
  BL: 'Use country FR with region BL',
  BQ: 'Use country NL with region BQ1, BQ2, or BQ3',
  BV: 'No population',
  CU: 'Embargoed',
  CW: 'Use country NL with region CW',
  EH: '',
  GG: 'Use country GB',
  GS: '',
  HM: 'No population',
  IM: 'Use country GB',
  IO: 'Use country GB',
  IR: 'Embargoed',
  JE: 'Use country GB',
  KM: '',
  KP: 'Embargoed',
  MF: 'Use country FR',
  PN: '',
  PW: '',
  SD: 'Embargoed',
  SJ: '',
  SS: '',
  SY: 'Embargoed',
  TF: 'Use country FR',
};
