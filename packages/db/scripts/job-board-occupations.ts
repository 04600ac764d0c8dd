// Which of ESCO's 3,007 occupations the demo posts jobs for: the ones a general job board shows, not ESCO's
// long tail ("import export manager in watches and jewellery", "cigar inspector"). Our editorial choice.

/**
 * Occupations always chosen, by ESCO preferred label: the staples of any job board. ESCO gives no popularity
 * signal, and its unit groups mix staples with rarities, so a rule alone picks "animal facility manager" over
 * "chief executive officer".
 */
export const ANCHOR_OCCUPATIONS = [
  // ICT
  'software developer', 'web developer', 'user interface developer', 'mobile application developer',
  'embedded systems software developer', 'software architect', 'cloud engineer', 'data scientist', 'data analyst',
  'database administrator', 'database developer', 'software tester', 'ICT system administrator',
  'ICT network engineer', 'ICT security engineer', 'ethical hacker', 'ICT business analyst', 'ICT project manager',
  'ICT consultant', 'enterprise architect', 'user interface designer', 'user experience analyst',
  'digital games developer', 'ICT help desk agent', 'ICT technician', 'ICT operations manager',
  'chief technology officer', 'chief information officer', 'ICT account manager', 'search engine optimisation expert',
  'knowledge engineer', 'blockchain developer', 'integration engineer', 'computer vision engineer',
  // Management, business and finance
  'chief executive officer', 'chief operating officer', 'financial manager', 'product manager', 'project manager',
  'business analyst', 'human resources manager', 'human resources officer', 'recruitment consultant',
  'sales account manager', 'ICT business development manager', 'marketing manager', 'digital marketing manager',
  'online marketer', 'online community manager', 'communication manager', 'advertising copywriter', 'accountant',
  'financial analyst', 'financial auditor', 'tax advisor', 'investment analyst', 'bookkeeper', 'payroll clerk',
  'financial risk manager', 'data protection officer', 'supply chain manager', 'logistics and distribution manager',
  'purchasing manager', 'warehouse manager', 'event manager', 'real estate agent', 'insurance broker',
  'commercial sales representative', 'quality engineer',
  // Office and customer service
  'administrative assistant', 'executive assistant', 'receptionist', 'customer service representative',
  'call centre agent', 'office clerk', 'legal assistant', 'human resources assistant',
  // Engineering and construction
  'mechanical engineer', 'civil engineer', 'electrical engineer', 'electronics engineer', 'chemical engineer',
  'architect', 'construction manager', 'industrial designer', 'graphic designer', 'interior designer',
  // Health, education and social care
  'nurse responsible for general care', 'general practitioner', 'pharmacist', 'physiotherapist', 'psychologist',
  'dental hygienist', 'medical laboratory assistant', 'paramedic in emergency responses', 'healthcare assistant',
  'home care aide', 'social worker', 'secondary school teacher', 'primary school teacher', 'child care worker',
  'instructional designer', 'corporate trainer',
  // Hospitality, retail and trades
  'chef', 'cook', 'waiter/waitress', 'bartender', 'barista', 'hospitality establishment receptionist',
  'accommodation manager', 'restaurant manager', 'shop supervisor', 'cashier', 'electrician', 'plumber',
  'carpenter', 'welder', 'vehicle technician', 'security guard', 'cargo vehicle driver', 'car and van delivery driver',
  'building cleaner', 'lawyer', 'translator', 'journalist', 'photographer', 'economist', 'statistician',
] as const;

/**
 * ISCO-08 unit groups a job board lists, each with how many of its occupations to take beyond the anchors
 * (ranked by the rule in generate-data.ts). ICT groups get more: the portal's audience is tech-heavy. A 0 keeps
 * a group to its anchors when the ranking's next picks are rarities.
 */
export const JOB_BOARD_UNIT_GROUPS: Record<string, number> = {
  // Managers
  '1120': 0, '1211': 2, '1212': 0, '1213': 1, '1219': 2, '1221': 3, '1222': 2, '1223': 2, '1321': 0, '1323': 2,
  '1324': 1, '1330': 4, '1342': 2, '1345': 1, '1346': 2, '1411': 1, '1412': 1, '1420': 2, '1439': 1,
  // Science, engineering and design professionals
  '2120': 2, '2131': 1, '2141': 2, '2142': 2, '2144': 2, '2145': 1, '2149': 2, '2151': 2, '2152': 2, '2153': 2,
  '2161': 2, '2163': 1, '2164': 2, '2165': 2, '2166': 2,
  // Health professionals
  '2211': 1, '2212': 1, '2221': 3, '2222': 1, '2250': 1, '2261': 1, '2262': 2, '2263': 2, '2264': 1, '2265': 1,
  '2266': 1, '2267': 1, '2269': 2,
  // Teaching
  '2310': 1, '2320': 1, '2330': 1, '2341': 0, '2342': 1, '2352': 1, '2356': 2, '2359': 2,
  // Business and administration professionals
  '2411': 3, '2412': 2, '2413': 3, '2421': 3, '2422': 2, '2423': 3, '2424': 2, '2431': 4, '2432': 3, '2433': 2,
  '2434': 3,
  // ICT professionals
  '2511': 10, '2512': 6, '2513': 5, '2514': 6, '2519': 8, '2521': 5, '2522': 3, '2523': 3, '2529': 7,
  // Legal, social and cultural professionals
  '2611': 2, '2619': 2, '2622': 2, '2631': 2, '2634': 1, '2635': 3, '2641': 2, '2642': 2, '2643': 2, '2654': 1,
  // Technicians and associate professionals
  '3112': 2, '3113': 2, '3114': 2, '3115': 3, '3118': 2, '3119': 2, '3122': 2, '3123': 2, '3212': 1, '3213': 2,
  '3251': 2, '3252': 2, '3256': 1, '3257': 2, '3258': 2, '3311': 2, '3312': 2, '3313': 2, '3315': 1, '3321': 2,
  '3322': 2, '3323': 1, '3331': 1, '3332': 2, '3333': 1, '3334': 2, '3339': 2, '3341': 2, '3342': 1, '3343': 2,
  '3344': 2, '3411': 2, '3412': 2, '3422': 2, '3423': 2, '3431': 1, '3432': 2, '3434': 3, '3511': 1, '3512': 4,
  '3513': 2, '3514': 1, '3521': 2, '3522': 1,
  // Clerical support
  '4110': 2, '4120': 1, '4132': 1, '4211': 1, '4214': 1, '4221': 2, '4222': 2, '4224': 1, '4225': 1, '4226': 2,
  '4311': 2, '4312': 2, '4313': 1, '4321': 2, '4323': 2, '4416': 1,
  // Service and sales
  '5120': 3, '5131': 3, '5132': 2, '5141': 2, '5151': 1, '5222': 2, '5223': 1, '5230': 0, '5244': 1, '5246': 2,
  '5311': 1, '5312': 2, '5321': 2, '5322': 1, '5414': 1,
  // Trades
  '7112': 1, '7115': 2, '7121': 1, '7123': 1, '7126': 2, '7127': 1, '7131': 1, '7212': 2, '7222': 0, '7231': 2,
  '7232': 2, '7233': 2, '7411': 3, '7412': 2, '7413': 1, '7421': 2, '7422': 2,
};
